package dev.paralleltests.core.run;

import dev.paralleltests.core.history.BuildStats;
import dev.paralleltests.core.history.BuildTimings;
import dev.paralleltests.core.history.BuildTimingsCollector;
import dev.paralleltests.core.history.HistoryLoad;
import dev.paralleltests.core.history.MissingUnits;
import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.history.TimingHistoryStore;
import dev.paralleltests.core.history.UnitsFromShards;
import dev.paralleltests.core.history.UnnamedFiles;
import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.ReportFiles;
import dev.paralleltests.core.merge.JUnitMerger;
import dev.paralleltests.core.merge.MergeException;
import dev.paralleltests.core.merge.MergeRequest;
import dev.paralleltests.core.merge.MergeResult;
import dev.paralleltests.core.merge.ShardInput;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.report.HtmlReport;
import dev.paralleltests.core.report.MarkdownSummary;
import dev.paralleltests.core.report.RunProblem;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.ShardSummary;
import dev.paralleltests.core.report.TestEntry;
import dev.paralleltests.core.report.TrendPoint;
import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.ReportStyleDetector;
import dev.paralleltests.core.unit.UnitNamer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * A whole local run: the shards of a plan run side by side, then their reports are merged into one
 * JUnit XML file, summarized as HTML and Markdown, and recorded in the timing history so that the
 * next run splits better. Outputs that can still be written are written even when shards failed.
 *
 * <p>Layout of the output directory: {@code plan.json}, {@code junit.xml}, {@code report.html},
 * {@code report.md}, and {@code shard-N/} per shard (units, excludes, log, reports).
 */
public final class ParallelRun {

  /** The merged JUnit XML file's name in the output directory. */
  public static final String MERGED_XML = "junit.xml";

  public static final String HTML_REPORT = "report.html";
  public static final String MARKDOWN_REPORT = "report.md";
  public static final String PLAN_JSON = "plan.json";

  private ParallelRun() {}

  /**
   * Runs the plan.
   *
   * @param history where to record this run's timings; empty for no recording
   * @param buildId the ID this run is recorded under
   * @throws RunException for usage, I/O or environment problems (the run cannot be judged)
   */
  public static RunOutputs execute(
      ShardPlan plan, RunConfig config, Optional<Path> history, String buildId)
      throws RunException {
    return execute(plan, config, history, buildId, List.of());
  }

  /**
   * As {@link #execute(ShardPlan, RunConfig, Optional, String)}, for a plan that left {@code
   * stillMissing} to the catch-all shard because the history's newest build noted them missing:
   * those that no report of this run mentions stay noted in the history, so that the next plan
   * leaves them to the catch-all too instead of listing them again (and failing every other run).
   */
  public static RunOutputs execute(
      ShardPlan plan,
      RunConfig config,
      Optional<Path> history,
      String buildId,
      List<String> stillMissing)
      throws RunException {
    requireCatchAllExcludes(plan, config.command());
    Path out = config.outDir();
    clearPreviousRun(out);
    Path planFile = out.resolve(PLAN_JSON);
    try {
      PlanJson.write(plan, planFile);
    } catch (IOException e) {
      throw new RunException("cannot write " + planFile + ": " + e.getMessage(), e);
    }
    List<ShardWork> works = ShardRunner.layout(out, plan);
    RunResult run = ShardRunner.run(config, works);
    return finish(plan, run, config, history, buildId, planFile, Queued.NONE, stillMissing);
  }

  /**
   * What queue mode adds to the judgement of shards that ran: the queue's problems (units that
   * never ran, named by {@code QueueVerdict}) and the shards that ran nothing.
   *
   * @param problems the queue's problems, added to the merged summary (and so to the reports)
   * @param idleShards shards without a batch that ran: no report is expected of them
   */
  record Queued(List<RunProblem> problems, java.util.Set<Integer> idleShards) {
    static final Queued NONE = new Queued(List.of(), java.util.Set.of());

    Queued {
      problems = List.copyOf(problems);
      idleShards = java.util.Set.copyOf(idleShards);
    }
  }

  /**
   * Merges, reports and records shards that ran: the part of a run after its shards ended, shared
   * with queue mode ({@link QueueRun}), which passes the plan as the shards really ran it.
   */
  static RunOutputs finish(
      ShardPlan plan,
      RunResult run,
      RunConfig config,
      Optional<Path> history,
      String buildId,
      Path planFile,
      Queued queued,
      List<String> stillMissing)
      throws RunException {
    Path out = config.outDir();
    List<String> warnings = new ArrayList<>();
    if (run.total().reportFiles() == 0) {
      // Nothing to merge, summarize or learn from; the shard table tells what went wrong, and the
      // queue's problems are said here, as nothing else will.
      queued.problems().forEach(p -> warnings.add("error: " + p.message()));
      warnings.add("no shard wrote a JUnit XML report: no merged report, history not updated");
      return new RunOutputs(run, Optional.empty(), planFile, Optional.empty(), warnings);
    }
    List<TestEntry> tests = new ArrayList<>();
    RunSummary merged = merge(plan, run, config, out.resolve(MERGED_XML), tests, queued);
    // Units the queue never ran are not "missing" from the history's point of view (they exist,
    // they just did not run): the history notes only the planned units no report mentions.
    List<String> unreported = merged.missingUnits();
    RunSummary summary = merged;
    for (RunProblem problem : queued.problems()) {
      summary = summary.withProblem(problem);
    }
    List<TrendPoint> trend = new ArrayList<>();
    history.ifPresent(dir -> trend.addAll(trend(dir, warnings)));
    trend.add(TrendPoint.of("this run", summary));
    write(
        out.resolve(HTML_REPORT),
        HtmlReport.render(
            summary,
            HtmlReport.Details.none()
                .withTrend(trend)
                .withTests(tests)
                .withShardLogs(shardLogs(out, run))));
    write(out.resolve(MARKDOWN_REPORT), MarkdownSummary.render(summary));

    Optional<String> recorded = Optional.empty();
    if (history.isPresent()) {
      recorded =
          record(
              history.get(),
              buildId,
              plan,
              run,
              summary,
              unreported,
              stillMissing,
              config.workDir(),
              warnings);
    }
    return new RunOutputs(
        run,
        Optional.of(
            new RunOutputs.Merged(
                summary,
                out.resolve(MERGED_XML),
                out.resolve(HTML_REPORT),
                out.resolve(MARKDOWN_REPORT))),
        planFile,
        recorded,
        warnings);
  }

  /**
   * Refuses, before anything runs, a command that would make the catch-all shard run the other
   * shards' tests again: one that visibly tells the runner what to select ({@code {units}}, the
   * includes or units file) but never what the catch-all must leave out. The catch-all is given no
   * units, so such a command runs the runner's whole selection there.
   */
  public static void requireCatchAllExcludes(ShardPlan plan, CommandTemplate command)
      throws RunException {
    var catchAll = plan.shards().stream().filter(s -> s.catchAll()).findFirst();
    if (catchAll.isEmpty() || plan.shards().size() < 2) {
      return;
    }
    boolean selects = false;
    boolean excludes = false;
    for (String arg : command.args()) {
      for (String mark : SELECTING) {
        selects |= arg.contains(mark);
      }
      for (String mark : EXCLUDING) {
        excludes |= arg.contains(mark);
      }
    }
    if (selects && !excludes) {
      throw new RunException(
          "shard "
              + catchAll.get().index()
              + " is the catch-all (units from the history: tests added since must run"
              + " somewhere), so it is given no units and runs the runner's whole selection;"
              + " without the other shards' units excluded there, each of their tests would run"
              + " twice. Give the runner {excludes} (pytest: --deselect={excludes}) or"
              + " {excludes-file} (Surefire: -Dsurefire.excludesFile={excludes-file}), or read"
              + " PARALLEL_TESTS_EXCLUDES; or name every unit with --units-from or --discover,"
              + " which plans no catch-all");
    }
  }

  private static final List<String> SELECTING =
      List.of(
          "{units}",
          "{includes-file}",
          "{units-file}",
          "PARALLEL_TESTS_INCLUDES",
          "PARALLEL_TESTS_UNITS");
  private static final List<String> EXCLUDING =
      List.of("{excludes}", "{excludes-file}", "PARALLEL_TESTS_EXCLUDES");

  /**
   * Removes what an earlier run left in the output directory (its shard directories and reports),
   * so that no old report is ever counted; refuses a directory that looks like something else.
   */
  static void clearPreviousRun(Path out) throws RunException {
    if (!Files.exists(out)) {
      return;
    }
    if (!Files.isDirectory(out)) {
      throw new RunException("--out " + out + " is a file, not a directory");
    }
    try (Stream<Path> entries = Files.list(out)) {
      List<Path> all = entries.toList();
      // Everything is checked before anything is deleted.
      for (Path entry : all) {
        if (entry.getFileName().toString().matches("shard-\\d+")
            && Files.isDirectory(entry)
            && !Files.exists(entry.resolve("units.txt"))) {
          throw new RunException(
              entry + " was not written by parallel-tests run: choose another --out directory");
        }
      }
      for (Path entry : all) {
        String name = entry.getFileName().toString();
        if (name.matches("shard-\\d+") && Files.isDirectory(entry)) {
          deleteTree(entry);
        } else if (List.of(MERGED_XML, HTML_REPORT, MARKDOWN_REPORT, PLAN_JSON).contains(name)) {
          Files.delete(entry);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new RunException("cannot clear the earlier run in " + out + ": " + e.getMessage(), e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Each shard's log, as a link relative to the report in {@code out}. */
  private static Map<Integer, String> shardLogs(Path out, RunResult run) {
    Map<Integer, String> links = new HashMap<>();
    for (ShardResult shard : run.shards()) {
      Path log = shard.work().logFile();
      if (Files.isRegularFile(log) && log.startsWith(out)) {
        links.put(shard.index(), out.relativize(log).toString().replace('\\', '/'));
      }
    }
    return links;
  }

  private static RunSummary merge(
      ShardPlan plan,
      RunResult run,
      RunConfig config,
      Path merged,
      List<TestEntry> tests,
      Queued queued)
      throws RunException {
    List<ShardInput> inputs =
        run.shards().stream().map(s -> ShardInput.of(s.index(), s.reportsDir())).toList();
    // The shards' measured times, so that the merged file's time and machineTime say what the
    // summary and the reports say.
    Map<Integer, Long> measured = new HashMap<>();
    for (ShardResult shard : run.shards()) {
      if (shard.status() != ShardStatus.NOT_STARTED) {
        measured.put(shard.index(), shard.elapsedMillis());
      }
    }
    MergeRequest request =
        MergeRequest.of(inputs, merged)
            .withExpectedShards(plan.shards().size())
            .withPlan(plan)
            .withMeasuredMillis(measured)
            .withRepositoryRoot(config.workDir())
            .withIdleShards(queued.idleShards());
    MergeResult result;
    try {
      result = JUnitMerger.using(JUnitXmlReader.full()::read).merge(request);
    } catch (MergeException e) {
      throw new RunException("cannot merge the shards' reports: " + e.getMessage(), e);
    }
    RunSummary summary = result.summary();
    tests.addAll(result.tests());
    String host = hostName();
    String image = config.docker().map(DockerSettings::image).orElse("");
    for (ShardResult shard : run.shards()) {
      Optional<ShardSummary> merged1 =
          summary.shards().stream().filter(s -> s.index() == shard.index()).findFirst();
      if (merged1.isEmpty()) {
        continue;
      }
      ShardSummary s = merged1.get().withRunner(host, image, OptionalLong.empty());
      if (shard.status() == ShardStatus.TIMED_OUT) {
        s = s.withStatus(dev.paralleltests.core.report.ShardStatus.TIMED_OUT);
      }
      summary = summary.withShard(s);
      if (shard.status() == ShardStatus.NOT_STARTED) {
        summary =
            summary.withProblem(
                RunProblem.of(
                    RunProblem.Kind.SHARD_NOT_STARTED,
                    shard.index(),
                    "shard " + shard.index() + ": " + shard.message()));
      }
    }
    return summary;
  }

  private static List<TrendPoint> trend(Path history, List<String> warnings) {
    List<TrendPoint> points = new ArrayList<>();
    HistoryLoad load = TimingHistoryStore.at(history).load();
    load.warnings().forEach(w -> warnings.add("history: " + w));
    for (RecordedBuild b : load.history().builds()) {
      BuildStats s = b.stats();
      points.add(
          new TrendPoint(
              "#" + b.id(),
              s.wallMillis().orElse(TrendPoint.UNKNOWN),
              s.testMillis().orElse(TrendPoint.UNKNOWN),
              s.imbalance().orElse(1.0),
              s.tests().orElse(0)));
    }
    return points;
  }

  private static Optional<String> record(
      Path history,
      String buildId,
      ShardPlan plan,
      RunResult run,
      RunSummary summary,
      List<String> unreported,
      List<String> stillMissing,
      Path workDir,
      List<String> warnings) {
    JUnitXmlReader reader = JUnitXmlReader.timingsOnly();
    // Units named as the runner's report style says (pytest, Jest, Surefire ...), files relative
    // to the working directory, as the shards were given them.
    UnitNamer namer = UnitNamer.detecting(workDir);
    List<BuildTimings> parts = new ArrayList<>();
    List<Path> reports = new ArrayList<>();
    int shared = 0;
    int unnamed = 0;
    for (ShardResult shard : run.shards()) {
      BuildTimingsCollector collector = BuildTimingsCollector.create(namer::unitName);
      for (Path file : ReportFiles.find(shard.reportsDir()).reports()) {
        reader.read(file, collector);
        reports.add(file);
      }
      // Reports that name no file (Node's runner, jest-junit by default): the run still knows
      // which units this shard was given.
      // Only file units are lost without a file: a class or test unit is named by the case.
      if (plan.granularity() == Granularity.FILE) {
        unnamed += UnnamedFiles.count(collector.timings());
      }
      UnitsFromShards.Result attributed =
          UnitsFromShards.attribute(collector.timings(), shard.work().units(), plan.granularity());
      shared += attributed.sharedUnits();
      parts.add(attributed.timings());
    }
    BuildTimings timings = BuildTimings.sum(parts);
    if (unnamed > 0) {
      warnings.add(
          unnamed
              + " test cases name no file"
              + (shared > 0
                  ? ": " + shared + " units were timed by an even share of their shard's time"
                  : ": each was timed from the one unit its shard ran")
              + hint(reports));
    }
    var totals = summary.totals();
    BuildStats stats =
        BuildStats.none()
            .withWallMillis(summary.wallMillis())
            .withTestMillis(timings.totalMillis())
            .withShards(run.shards().size())
            .withTests(totals.tests())
            .withFailed(totals.failed() + totals.errors())
            .withSkipped(totals.skipped())
            .withFlaky(totals.flaky())
            .withImbalance(summary.imbalance())
            .withStatus(summary.status().label());
    try {
      // Planned units no report mentions (deleted or renamed tests, most often): the next plan
      // leaves them to the catch-all shard instead of listing them again from their samples.
      MissingUnits missing =
          MissingUnits.of(
              plan.granularity(),
              MissingUnits.stillUnreported(unreported, stillMissing, timings, plan.granularity()));
      TimingHistoryStore.at(history).record(buildId, timings, stats, missing);
      return Optional.of(buildId);
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
      String reason =
          cause instanceof java.nio.file.AccessDeniedException
              ? "permission denied"
              : cause instanceof java.nio.file.FileSystemException f && f.getReason() != null
                  ? f.getReason()
                  : cause.getClass().getSimpleName() + ": " + cause.getMessage();
      warnings.add("history: cannot record this run in " + history + ": " + reason);
      return Optional.empty();
    }
  }

  /** The reporter setting that would name the files, from the first report that needs one. */
  private static String hint(List<Path> reports) {
    for (Path report : reports) {
      String hint = ReportStyleDetector.detect(report).fileNameHint();
      if (!hint.isEmpty()) {
        return "; " + hint;
      }
    }
    return "";
  }

  private static void write(Path file, String text) throws RunException {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new RunException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "localhost";
    }
  }
}
