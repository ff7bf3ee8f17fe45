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
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Merges the JUnit XML reports of a sharded run into one report that every JUnit consumer reads,
 * and summarizes the run.
 *
 * <p>Each file is read twice and never held whole: the first pass remembers a small record per test
 * (its outcome on each attempt, and the text of failed runs only), the second writes each test
 * once, in its last attempt's place, with earlier failed runs as Surefire's rerun elements. Memory
 * therefore grows with the number of distinct tests, not with the size of the reports. In both
 * passes a second thread reads the next files while the merge works ({@link ReadAhead}).
 */
public final class JUnitMerger {

  private static final Pattern ATTEMPT_DIR = Pattern.compile("attempt-(\\d{1,6})");
  static final int MAX_TEXT = 64 * 1024;
  private static final java.util.Set<String> OWN_CASE_ATTRIBUTES =
      java.util.Set.of("name", "classname", "time", "file", "shard", "attempt", "runs");
  private static final Pattern XML_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9._:-]*");

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
    List<Path> order = new ArrayList<>(fileCount);
    for (ShardFiles shard : shards) {
      shard.byAttempt.values().forEach(order::addAll);
    }
    int[] fileIds = {0};
    try (ReadAhead files = ReadAhead.of(source, order)) {
      for (ShardFiles shard : shards) {
        readShard(shard, files, summary, fileIds);
      }
    }
    if (refusesForeignPlan) {
      java.util.Optional<String> mismatch = summary.planMismatch();
      if (mismatch.isPresent()) {
        throw new MergeException(FOREIGN_PLAN + mismatch.get() + "; nothing was written");
      }
    }
    Path temp = createTemp(output);
    try {
      RunSummary result = summary.build();
      // per file, per case ordinal: the test to write there (null: superseded by a later attempt)
      TestRecord[][] finals = new TestRecord[fileIds[0]][];
      for (int f = 0; f < finals.length; f++) {
        finals[f] = new TestRecord[summary.casesIn(f)];
      }
      for (ShardFiles shard : shards) {
        for (TestRecord r : summary.records(shard.index)) {
          finals[r.finalFile][r.finalOrdinal] = r;
        }
      }
      fileIds[0] = 0;
      try (ReadAhead files = ReadAhead.of(source, order);
          Writer w =
              new BufferedWriter(
                  new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8),
                  1 << 16)) {
        XmlOut xml = new XmlOut(w);
        xml.declaration();
        xml.start("testsuites")
            .attr("name", "merged")
            .attr("tests", result.totals().tests())
            .attr("failures", result.totals().failed())
            .attr("errors", result.totals().errors())
            .attr("skipped", result.totals().skipped())
            .attr("flakes", result.totals().flaky())
            .attr("time", seconds(result.wallMillis()))
            .attr("machineTime", seconds(result.machineMillis()))
            .attr("testTime", seconds(result.testMillis()))
            .attr("shards", result.shards().size());
        for (ShardFiles shard : shards) {
          writeShard(shard, files, xml, finals, fileIds);
        }
        xml.end("testsuites", false);
        xml.finish();
      } catch (IOException e) {
        throw new MergeException("cannot write merged report " + output + ": " + describe(e), e);
      }
      moveInPlace(temp, output);
      return new MergeResult(output, result, fileCount, summary.tests());
    } finally {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException ignored) {
        // the temp file is in the output directory; nothing more to do
      }
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

  // ---- pass 1: records -------------------------------------------------------------------

  private static void readShard(
      ShardFiles shard, ReadAhead files, SummaryBuilder summary, int[] fileIds) {
    Map<String, List<TestRecord>> byIdentity = new HashMap<>();
    for (Map.Entry<Integer, List<Path>> attempt : shard.byAttempt.entrySet()) {
      int attemptNumber = attempt.getKey();
      for (Path file : attempt.getValue()) {
        int fileId = fileIds[0]++;
        FileTime time = new FileTime();
        List<ReportedCase> cases = new ArrayList<>();
        files.read(
            file,
            new ReportListener() {
              @Override
              public void onCase(ReportedCase c) {
                cases.add(c);
                summary.observe(shard.index, c);
                time.cases += c.durationMillis().orElse(0);
              }

              @Override
              public void onSuite(ReportedSuite s) {
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
                summary.reportProblem(shard.index, p);
              }
            });
        summary.addShardTime(shard.index, time.millis());
        summary.casesIn(fileId, cases.size());
        match(shard.index, attemptNumber, fileId, cases, byIdentity, summary);
      }
    }
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
      Map<String, List<TestRecord>> byIdentity,
      SummaryBuilder summary) {
    Map<String, List<Integer>> groups = new LinkedHashMap<>();
    for (int i = 0; i < cases.size(); i++) {
      groups.computeIfAbsent(identity(cases.get(i)), k -> new ArrayList<>(1)).add(i);
    }
    for (Map.Entry<String, List<Integer>> group : groups.entrySet()) {
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
          r = new TestRecord(shard, group.getKey(), c.className(), c.name());
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
        r.failedRuns.add(
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

  /**
   * Who a test is: its suites, class and name. Same-named cases in one report are told apart by
   * their order (Mocha and Jest allow equal titles).
   */
  static String identity(ReportedCase c) {
    return String.join("\u001f", c.suitePath()) + "\u001e" + c.className() + "\u001e" + c.name();
  }

  // ---- pass 2: writing -------------------------------------------------------------------

  private static void writeShard(
      ShardFiles shard, ReadAhead files, XmlOut xml, TestRecord[][] finals, int[] fileIds)
      throws IOException {
    for (Map.Entry<Integer, List<Path>> attempt : shard.byAttempt.entrySet()) {
      for (Path file : attempt.getValue()) {
        TestRecord[] writeAt = finals[fileIds[0]++];
        FileSuites suites = new FileSuites(file);
        int[] ordinal = {0};
        files.read(
            file,
            new ReportListener() {
              @Override
              public void onCase(ReportedCase c) {
                int at = ordinal[0]++;
                // a file that grew between the passes: its new cases were never counted
                suites.add(c, at < writeAt.length ? writeAt[at] : null);
              }

              @Override
              public void onSuite(ReportedSuite s) {
                suites.close(s);
              }
            });
        suites.write(xml, shard.index, attempt.getKey());
      }
    }
  }

  /**
   * The suites of one file, each with the cases this file contributes to the merged report. One
   * file's cases are held at a time, never all files'.
   */
  private static final class FileSuites {
    private final Path file;
    private final List<Object[]> pending = new ArrayList<>();
    private final List<SuiteOut> suites = new ArrayList<>();

    FileSuites(Path file) {
      this.file = file;
    }

    void add(ReportedCase c, TestRecord writeAs) {
      pending.add(new Object[] {c, writeAs});
    }

    /** A suite ended: its direct cases are the pending ones with exactly its path. */
    void close(ReportedSuite s) {
      SuiteOut out = new SuiteOut(Optional.of(s), s.name());
      claim(out, s.suitePath());
      suites.add(out);
    }

    private void claim(SuiteOut out, List<String> path) {
      // one linear pass: a file may hold one suite of many thousand cases
      List<Object[]> rest = new ArrayList<>();
      for (Object[] p : pending) {
        ReportedCase c = (ReportedCase) p[0];
        if (path == null || c.suitePath().equals(path)) {
          out.total++;
          if (p[1] != null) {
            out.cases.add(p);
          }
        } else {
          rest.add(p);
        }
      }
      pending.clear();
      pending.addAll(rest);
    }

    void write(XmlOut xml, int shard, int attempt) throws IOException {
      if (!pending.isEmpty()) {
        // cases outside any suite (or in a suite cut off by a malformed file)
        String name = file.getFileName().toString().replaceFirst("(?i)\\.xml$", "");
        SuiteOut rest = new SuiteOut(Optional.empty(), name);
        claim(rest, null);
        suites.add(rest);
      }
      for (SuiteOut s : suites) {
        s.write(xml, shard, attempt);
      }
    }
  }

  private static final class SuiteOut {
    final Optional<ReportedSuite> suite;
    final String name;
    final List<Object[]> cases = new ArrayList<>();
    int total;

    SuiteOut(Optional<ReportedSuite> suite, String name) {
      this.suite = suite;
      this.name = name;
    }

    void write(XmlOut xml, int shard, int attempt) throws IOException {
      if (cases.isEmpty()) {
        return; // every case of it was superseded by a later attempt
      }
      int failures = 0;
      int errors = 0;
      int skipped = 0;
      long millis = 0;
      for (Object[] p : cases) {
        TestRecord r = (TestRecord) p[1];
        switch (r.finalOutcome()) {
          case FAILED -> failures++;
          case ERROR -> errors++;
          case SKIPPED -> skipped++;
          default -> {}
        }
        millis += Math.max(0, r.lastMillis);
      }
      if (cases.size() == total && suite.isPresent() && suite.get().durationMillis().isPresent()) {
        millis = suite.get().durationMillis().getAsLong(); // includes setup and teardown
      }
      xml.start("testsuite")
          .attr("name", name)
          .attr("tests", cases.size())
          .attr("failures", failures)
          .attr("errors", errors)
          .attr("skipped", skipped)
          .attr("time", seconds(millis));
      if (suite.isPresent()) {
        ReportedSuite s = suite.get();
        if (!s.timestamp().isEmpty()) {
          xml.attr("timestamp", s.timestamp());
        }
        if (!s.hostname().isEmpty()) {
          xml.attr("hostname", s.hostname());
        }
        if (!s.file().isEmpty()) {
          xml.attr("file", s.file());
        }
      }
      xml.attr("shard", shard).attr("attempt", attempt);
      for (Object[] p : cases) {
        writeCase(xml, (ReportedCase) p[0], (TestRecord) p[1], shard, attempt);
      }
      xml.end("testsuite", false);
    }
  }

  private static void writeCase(XmlOut xml, ReportedCase c, TestRecord r, int shard, int attempt)
      throws IOException {
    xml.start("testcase").attr("name", c.name()).attr("classname", c.className());
    if (c.durationMillis().isPresent()) {
      xml.attr("time", seconds(c.durationMillis().getAsLong()));
    }
    if (!c.file().isEmpty()) {
      xml.attr("file", c.file());
    }
    // the reader keys unknown attributes "@name"; they stay attributes, except our own
    List<Map.Entry<String, String>> properties = new ArrayList<>();
    for (Map.Entry<String, String> e : c.properties().entrySet()) {
      String key = e.getKey();
      if (key.startsWith("@")) {
        String attribute = key.substring(1);
        if (!OWN_CASE_ATTRIBUTES.contains(attribute) && XML_NAME.matcher(attribute).matches()) {
          xml.attr(attribute, e.getValue());
        }
      } else {
        properties.add(e);
      }
    }
    xml.attr("shard", shard).attr("attempt", attempt);
    if (r.runs > 1) {
      xml.attr("runs", r.runs);
    }
    if (!properties.isEmpty()) {
      xml.start("properties");
      for (Map.Entry<String, String> e : properties) {
        // a repeated property name came back with a "#2" suffix
        String name = e.getKey().replaceFirst("#\\d+$", "");
        xml.start("property").attr("name", name).attr("value", e.getValue());
        xml.end("property", false);
      }
      xml.end("properties", false);
    }
    Outcome outcome = r.finalOutcome();
    List<TestRecord.FailedRun> runs = r.failedRuns;
    if (outcome == Outcome.SKIPPED) {
      for (CaseProblem p : c.problems()) {
        if (p.kind() == CaseProblem.Kind.SKIPPED) {
          problem(xml, "skipped", p, false);
        }
      }
    } else if (outcome.isFailure()) {
      // the last failure is the one people read; earlier runs follow as reruns, in order
      TestRecord.FailedRun last = runs.get(runs.size() - 1);
      problem(xml, last.isError() ? "error" : "failure", last.problem(), false);
      for (int i = 0; i < runs.size() - 1; i++) {
        TestRecord.FailedRun run = runs.get(i);
        rerun(xml, run.isError() ? "rerunError" : "rerunFailure", run);
      }
    } else {
      for (TestRecord.FailedRun run : runs) {
        rerun(xml, run.isError() ? "flakyError" : "flakyFailure", run);
      }
    }
    xml.textElement("system-out", c.systemOut());
    xml.textElement("system-err", c.systemErr());
    xml.end("testcase", false);
  }

  private static void problem(XmlOut xml, String element, CaseProblem p, boolean nested)
      throws IOException {
    xml.start(element);
    if (!p.message().isEmpty()) {
      xml.attr("message", p.message());
    }
    if (!p.type().isEmpty()) {
      xml.attr("type", p.type());
    }
    xml.text(p.text());
    xml.end(element, true);
  }

  /** Surefire's rerun format: the trace and output go into child elements. */
  private static void rerun(XmlOut xml, String element, TestRecord.FailedRun run)
      throws IOException {
    CaseProblem p = run.problem();
    xml.start(element);
    if (!p.message().isEmpty()) {
      xml.attr("message", p.message());
    }
    if (!p.type().isEmpty()) {
      xml.attr("type", p.type());
    }
    xml.attr("attempt", run.attempt());
    xml.textElement("stackTrace", p.text());
    if (!p.kind().isRerun()) {
      // a case-level failure carried the case's output; an in-file rerun's output is not kept
      xml.textElement("system-out", run.systemOut());
      xml.textElement("system-err", run.systemErr());
    }
    xml.end(element, false);
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

  private static Path createTemp(Path output) throws MergeException {
    if (Files.isDirectory(output)) {
      throw new MergeException("cannot write merged report " + output + ": it is a directory");
    }
    Path dir = output.getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      // Not Files.createTempFile: its owner-only mode would stick to the renamed file, unlike
      // the reports written beside it with the user's umask.
      return Files.createFile(
          (dir == null ? Path.of(".") : dir)
              .resolve(
                  "."
                      + output.getFileName()
                      + "."
                      + Long.toUnsignedString(
                          java.util.concurrent.ThreadLocalRandom.current().nextLong(), 36)
                      + ".tmp"));
    } catch (IOException | SecurityException e) {
      throw new MergeException("cannot write merged report " + output + ": " + describe(e), e);
    }
  }

  private static void moveInPlace(Path temp, Path output) throws MergeException {
    try {
      try {
        Files.move(
            temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (java.nio.file.AtomicMoveNotSupportedException e) {
        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new MergeException("cannot write merged report " + output + ": " + describe(e), e);
    }
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
