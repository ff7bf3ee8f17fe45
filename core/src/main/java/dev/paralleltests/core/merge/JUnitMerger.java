package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.CaseProblem;
import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportFiles;
import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportProblem;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.ReportedSuite;
import dev.paralleltests.core.report.RunSummary;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the JUnit XML reports of a sharded run into one report that every JUnit consumer reads,
 * and summarizes the run.
 *
 * <p>Each file is read once and never held whole: as a file is read, its cases are written to the
 * merged report and a small record per test is kept for the summary (its outcome, and the text of
 * failed runs only). Memory therefore grows with the number of distinct tests, not with the size of
 * the reports. The root element's totals are known only at the end, so the suites are spooled
 * beside the output first ({@link MergedFile}). A shard with retries is read twice: the first pass
 * matches each attempt's cases to the tests before them, the second writes each test once, in its
 * last attempt's place, with earlier failed runs as Surefire's rerun elements. A second thread
 * reads the next files while the merge works ({@link ReadAhead}).
 */
public final class JUnitMerger {

  private static final Pattern ATTEMPT_DIR = Pattern.compile("attempt-(\\d{1,6})");
  static final int MAX_TEXT = 64 * 1024;

  /** How the message of a refused plan begins. */
  public static final String FOREIGN_PLAN = "the plan is not the one these reports followed: ";

  private final ReportSource source;
  private final boolean refusesForeignPlan;

  private JUnitMerger(ReportSource source, boolean refusesForeignPlan) {
    this.source = Objects.requireNonNull(source, "source");
    this.refusesForeignPlan = refusesForeignPlan;
  }

  /** A merger reading reports with the project's hardened streaming reader, keeping details. */
  public static JUnitMerger create() {
    JUnitXmlReader reader = JUnitXmlReader.full().withMaxTextLength(MAX_TEXT);
    return new JUnitMerger(reader::read, false);
  }

  /** A merger reading reports with {@code source}. */
  public static JUnitMerger using(ReportSource source) {
    return new JUnitMerger(source, false);
  }

  /**
   * The same merger, refusing a request whose plan the reports cannot have followed (a plan of
   * another suite or another split) before it writes anything. For a plan a person passes in; a
   * run's own plan needs no such check.
   */
  public JUnitMerger refusingForeignPlan() {
    return new JUnitMerger(source, true);
  }

  /**
   * Merges the request's reports into its output file.
   *
   * @return the summary; its status is an error when shards are missing or reports unreadable, but
   *     every readable test is still in the output
   * @throws MergeException when there is no report file at all, the output cannot be written, or
   *     (when {@link #refusingForeignPlan}) the reports do not fit the plan; nothing is written
   *     then
   */
  public MergeResult merge(MergeRequest request) throws MergeException {
    Path output = request.output().toAbsolutePath().normalize();
    SummaryBuilder summary = new SummaryBuilder(request);
    List<ShardFiles> shards = findFiles(request, output, summary);
    int fileCount = shards.stream().mapToInt(s -> s.files.size()).sum();
    if (fileCount == 0) {
      throw new MergeException(
          "no JUnit XML report files found in: "
              + request.shards().stream()
                  .flatMap(s -> s.paths().stream())
                  .map(Path::toString)
                  .toList());
    }
    // A shard run once is read once, each file written as soon as it is read. A shard with
    // retries is read twice: which case stands for a test is known only after its last attempt.
    List<Path> order = new ArrayList<>(fileCount);
    for (ShardFiles shard : shards) {
      shard.byAttempt.values().forEach(order::addAll);
      if (shard.byAttempt.size() > 1) {
        shard.byAttempt.values().forEach(order::addAll);
      }
    }
    try (MergedFile merged = MergedFile.create(output)) {
      try (ReadAhead files = ReadAhead.of(source, order)) {
        XmlOut xml = merged.suites();
        for (ShardFiles shard : shards) {
          if (shard.byAttempt.size() > 1) {
            TestRecord[][] finals = readShard(shard, files, summary);
            writeShard(shard, files, xml, finals);
            summary.records(shard.index).forEach(summary::testRead);
          } else {
            readAndWriteShard(shard, files, summary, xml);
          }
          summary.shardRead(shard.index);
        }
      } catch (IOException e) {
        throw new MergeException("cannot write merged report " + output + ": " + describe(e), e);
      }
      if (refusesForeignPlan) {
        Optional<String> mismatch = summary.planMismatch();
        if (mismatch.isPresent()) {
          throw new MergeException(FOREIGN_PLAN + mismatch.get() + "; nothing was written");
        }
      }
      RunSummary result = summary.build();
      merged.complete(
          xml ->
              xml.start("testsuites")
                  .attr("name", "merged")
                  .attr("tests", result.totals().tests())
                  .attr("failures", result.totals().failed())
                  .attr("errors", result.totals().errors())
                  .attr("skipped", result.totals().skipped())
                  .attr("flakes", result.totals().flaky())
                  .seconds("time", result.wallMillis())
                  .seconds("machineTime", result.machineMillis())
                  .seconds("testTime", result.testMillis())
                  .attr("shards", result.shards().size()));
      return new MergeResult(output, result, fileCount, summary::tests);
    }
  }

  // ---- finding the files ----------------------------------------------------------------

  /** One shard's report files, grouped by attempt in order. */
  static final class ShardFiles {
    final int index;
    final TreeMap<Integer, List<Path>> byAttempt = new TreeMap<>();
    final List<Path> files = new ArrayList<>();

    ShardFiles(int index) {
      this.index = index;
    }
  }

  private static List<ShardFiles> findFiles(
      MergeRequest request, Path output, SummaryBuilder summary) {
    Map<Integer, ShardFiles> byIndex = new TreeMap<>();
    for (ShardInput input : request.shards()) {
      ShardFiles shard = byIndex.computeIfAbsent(input.index(), ShardFiles::new);
      for (Path root : input.paths()) {
        if (!Files.exists(root)) {
          summary.inputProblem(
              input.index(),
              "shard " + input.index() + ": report path " + root + " does not exist");
          continue;
        }
        if (Files.isDirectory(root)) {
          try {
            // only JUnit XML: a stray pom.xml or failsafe-summary.xml is not a report
            for (Path p : ReportFiles.find(root).reports()) {
              if (!p.toAbsolutePath().normalize().equals(output)) {
                add(shard, attemptOf(root.relativize(p).getParent()), p);
              }
            }
          } catch (java.io.UncheckedIOException e) {
            summary.inputProblem(
                input.index(),
                "shard "
                    + input.index()
                    + ": cannot list reports in "
                    + root
                    + ": "
                    + describe(e.getCause()));
          }
        } else if (!root.toAbsolutePath().normalize().equals(output)) {
          add(shard, attemptOf(root.getParent()), root);
        }
      }
    }
    List<ShardFiles> result = new ArrayList<>(byIndex.values());
    for (ShardFiles s : result) {
      summary.shardFiles(s.index, s.files.size(), s.byAttempt.isEmpty() ? 0 : s.byAttempt.size());
    }
    return result;
  }

  private static void add(ShardFiles shard, int attempt, Path file) {
    shard.byAttempt.computeIfAbsent(attempt, a -> new ArrayList<>()).add(file);
    shard.files.add(file);
  }

  /** The attempt a report belongs to: the innermost {@code attempt-K} directory, else 1. */
  static int attemptOf(Path relativeDir) {
    int attempt = 1;
    if (relativeDir != null) {
      for (Path part : relativeDir) {
        Matcher m = ATTEMPT_DIR.matcher(part.toString());
        if (m.matches()) {
          attempt = Math.max(1, Integer.parseInt(m.group(1)));
        }
      }
    }
    return attempt;
  }

  // ---- a shard run once: read and written in one pass ---------------------------------

  private static void readAndWriteShard(
      ShardFiles shard, ReadAhead files, SummaryBuilder summary, XmlOut xml) throws IOException {
    List<TestRecord> records = summary.records(shard.index);
    for (Map.Entry<Integer, List<Path>> attempt : shard.byAttempt.entrySet()) {
      int attemptNumber = attempt.getKey();
      for (Path file : attempt.getValue()) {
        FileSuites suites = new FileSuites(file);
        read(file, files, summary, shard.index, suites);
        List<ReportedCase> cases = suites.cases();
        TestRecord[] writeAs = new TestRecord[cases.size()];
        // Every case is a test of its own: one attempt never matches a test twice. The summary
        // lists same-named cases (Mocha, Jest) together, where the first of them stands.
        String className = "";
        for (int ordinal : orderFirstSeen(cases)) {
          ReportedCase c = cases.get(ordinal);
          // one class name object for a suite's tests, all of which are kept to the end
          className = c.className().equals(className) ? className : c.className();
          TestRecord r = new TestRecord(shard.index, c.suitePath(), className, c.name());
          records.add(r);
          record(r, attemptNumber, c);
          summary.testRead(r);
          writeAs[ordinal] = r;
        }
        suites.write(xml, shard.index, attemptNumber, writeAs);
      }
    }
  }

  /**
   * The ordinals of {@code cases} with each group of same-identity cases together, at the place of
   * its first: file order when every identity is distinct, as it almost always is.
   */
  private static int[] orderFirstSeen(List<ReportedCase> cases) {
    int n = cases.size();
    int[] order = new int[n];
    Set<TestIdentity> seen = new HashSet<>(Math.max(16, n * 2));
    boolean distinct = true;
    for (int i = 0; i < n; i++) {
      order[i] = i;
      distinct &= seen.add(TestIdentity.of(cases.get(i)));
    }
    if (distinct) {
      return order;
    }
    Map<TestIdentity, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      groups.computeIfAbsent(TestIdentity.of(cases.get(i)), k -> new ArrayList<>(1)).add(i);
    }
    int k = 0;
    for (List<Integer> group : groups.values()) {
      for (int ordinal : group) {
        order[k++] = ordinal;
      }
    }
    return order;
  }

  /** Reads one file's cases into {@code suites}, its time and problems into the summary. */
  private static void read(
      Path file, ReadAhead files, SummaryBuilder summary, int shard, FileSuites suites) {
    FileTime time = new FileTime();
    files.read(
        file,
        new ReportListener() {
          @Override
          public void onCase(ReportedCase c) {
            suites.add(c);
            summary.observe(shard, c);
            time.cases += c.durationMillis().orElse(0);
          }

          @Override
          public void onSuite(ReportedSuite s) {
            suites.close(s);
            if (s.suitePath().size() == 1) {
              time.topSuites++;
              if (s.durationMillis().isPresent()) {
                time.suites += s.durationMillis().getAsLong();
              } else {
                time.suitesWithoutTime++;
              }
            }
          }

          @Override
          public void onProblem(ReportProblem p) {
            summary.reportProblem(shard, p);
          }
        });
    summary.addShardTime(shard, time.millis());
  }

  // ---- a shard with retries, pass 1: records ------------------------------------------

  /**
   * Reads a shard with retries, matching each attempt's cases to the tests of the attempts before.
   *
   * @return per file of the shard (in order), per case: the test written there, or null where a
   *     later attempt's case stands for it
   */
  private static TestRecord[][] readShard(
      ShardFiles shard, ReadAhead files, SummaryBuilder summary) {
    Map<TestIdentity, List<TestRecord>> byIdentity = new HashMap<>();
    List<Integer> caseCounts = new ArrayList<>();
    for (Map.Entry<Integer, List<Path>> attempt : shard.byAttempt.entrySet()) {
      int attemptNumber = attempt.getKey();
      for (Path file : attempt.getValue()) {
        int fileId = caseCounts.size();
        FileSuites suites = new FileSuites(file);
        read(file, files, summary, shard.index, suites);
        caseCounts.add(suites.cases().size());
        match(shard.index, attemptNumber, fileId, suites.cases(), byIdentity, summary);
      }
    }
    TestRecord[][] finals = new TestRecord[caseCounts.size()][];
    for (int f = 0; f < finals.length; f++) {
      finals[f] = new TestRecord[caseCounts.get(f)];
    }
    for (TestRecord r : summary.records(shard.index)) {
      finals[r.finalFile][r.finalOrdinal] = r;
    }
    return finals;
  }

  /**
   * Matches one file's cases to the tests seen in earlier attempts. Same-named cases (Mocha and
   * Jest allow equal titles) are told apart by order; when an attempt holds fewer of them than
   * before (only the failed ones were rerun), the ones still failing are matched first. A full
   * rerun is always matched by order, so a test that keeps failing can never pass as flaky.
   */
  private static void match(
      int shard,
      int attempt,
      int fileId,
      List<ReportedCase> cases,
      Map<TestIdentity, List<TestRecord>> byIdentity,
      SummaryBuilder summary) {
    Map<TestIdentity, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      groups.computeIfAbsent(TestIdentity.of(cases.get(i)), k -> new ArrayList<>(1)).add(i);
    }
    for (Map.Entry<TestIdentity, List<Integer>> group : groups.entrySet()) {
      List<TestRecord> known = byIdentity.computeIfAbsent(group.getKey(), k -> new ArrayList<>(1));
      List<TestRecord> unused = new ArrayList<>(known.size());
      for (TestRecord r : known) {
        if (r.seenInAttempt != attempt) {
          unused.add(r);
        }
      }
      List<Integer> ordinals = group.getValue();
      if (ordinals.size() < unused.size()) {
        List<TestRecord> failingFirst = new ArrayList<>(unused.size());
        unused.stream().filter(TestRecord::isFailingSoFar).forEach(failingFirst::add);
        unused.stream().filter(r -> !r.isFailingSoFar()).forEach(failingFirst::add);
        unused = failingFirst.subList(0, ordinals.size());
        unused.sort(java.util.Comparator.comparingInt(known::indexOf));
      }
      for (int k = 0; k < ordinals.size(); k++) {
        int ordinal = ordinals.get(k);
        ReportedCase c = cases.get(ordinal);
        TestRecord r;
        if (k < unused.size()) {
          r = unused.get(k);
        } else {
          r = new TestRecord(shard, c.suitePath(), c.className(), c.name());
          known.add(r);
          summary.records(shard).add(r);
        }
        r.seenInAttempt = attempt;
        r.finalFile = fileId;
        r.finalOrdinal = ordinal;
        record(r, attempt, c);
      }
    }
  }

  /** Time a file accounts for: its top-level suites' times (they include setup), else its cases. */
  private static final class FileTime {
    long cases;
    long suites;
    int topSuites;
    int suitesWithoutTime;

    long millis() {
      return topSuites > 0 && suitesWithoutTime == 0 ? suites : cases;
    }
  }

  /** How much of a skip reason each test keeps for the report's list of every test. */
  static final int SKIP_MESSAGE = 500;

  private static void record(TestRecord r, int attempt, ReportedCase c) {
    r.skipMessage = "";
    for (CaseProblem p : c.problems()) {
      if (p.kind() == CaseProblem.Kind.SKIPPED) {
        // JUnit's legacy reporter writes the reason as the element's text, others as its message
        String why = (p.message().isBlank() ? p.text() : p.message()).strip();
        r.skipMessage =
            why.length() <= SKIP_MESSAGE ? why : why.substring(0, SKIP_MESSAGE) + "\u2026";
      }
      if (p.kind() != CaseProblem.Kind.SKIPPED) {
        r.addFailedRun(
            new TestRecord.FailedRun(
                attempt, shorten(p), cut(c.systemOut(), MAX_TEXT), cut(c.systemErr(), MAX_TEXT)));
      }
      if (p.kind().isRerun()) {
        r.runs++;
      }
    }
    r.runs++;
    r.lastAttempt = attempt;
    r.lastOutcome = c.outcome();
    r.lastMillis = c.durationMillis().orElse(-1);
    if (c.outcome() == Outcome.PASSED) {
      r.anyPassed = true;
    }
  }

  // ---- a shard with retries, pass 2: writing -------------------------------------------

  private static void writeShard(
      ShardFiles shard, ReadAhead files, XmlOut xml, TestRecord[][] finals) throws IOException {
    int fileId = 0;
    for (Map.Entry<Integer, List<Path>> attempt : shard.byAttempt.entrySet()) {
      for (Path file : attempt.getValue()) {
        TestRecord[] writeAt = finals[fileId++];
        FileSuites suites = new FileSuites(file);
        files.read(
            file,
            new ReportListener() {
              @Override
              public void onCase(ReportedCase c) {
                suites.add(c);
              }

              @Override
              public void onSuite(ReportedSuite s) {
                suites.close(s);
              }
            });
        suites.write(xml, shard.index, attempt.getKey(), writeAt);
      }
    }
  }

  // ---- helpers ---------------------------------------------------------------------------

  private static CaseProblem shorten(CaseProblem p) {
    return new CaseProblem(p.kind(), p.type(), cut(p.message(), MAX_TEXT), cut(p.text(), MAX_TEXT));
  }

  static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, max) + "\n[... " + (s.length() - max) + " more characters cut]";
  }

  static String seconds(long millis) {
    return java.math.BigDecimal.valueOf(millis, 3).toPlainString();
  }

  static String describe(Exception e) {
    String what = e.getClass().getSimpleName();
    if (e instanceof java.nio.file.AccessDeniedException) {
      what = "permission denied";
    } else if (e instanceof java.nio.file.NoSuchFileException) {
      what = "no such file or directory";
    } else if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
      what = fse.getReason();
    } else if (e.getMessage() != null) {
      what = e.getMessage();
    }
    return what;
  }
}
