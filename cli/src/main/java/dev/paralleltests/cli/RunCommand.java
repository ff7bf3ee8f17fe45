package dev.paralleltests.cli;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardCount;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.queue.QueueSettings;
import dev.paralleltests.core.run.CommandTemplate;
import dev.paralleltests.core.run.DockerSettings;
import dev.paralleltests.core.run.OutputDirectory;
import dev.paralleltests.core.run.ParallelRun;
import dev.paralleltests.core.run.ProgressView;
import dev.paralleltests.core.run.ProgressViews;
import dev.paralleltests.core.run.QueueOutcome;
import dev.paralleltests.core.run.QueueRun;
import dev.paralleltests.core.run.QueueTimeline;
import dev.paralleltests.core.run.RunConfig;
import dev.paralleltests.core.run.RunException;
import dev.paralleltests.core.run.RunOutputs;
import dev.paralleltests.core.run.RunResult;
import dev.paralleltests.core.run.ShardTable;
import dev.paralleltests.core.run.UnitSources;
import dev.paralleltests.core.unit.RunnerFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run}: plans the suite and runs its shards side by side, then merges and reports. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Run a test suite split into shards, side by side, and merge the results.",
    description = {
      "Plans the units (from --units-from, --discover or the --history), then starts every"
          + " shard at once: COMMAND runs as a local process tree (or, with --image, in a Docker"
          + " container) with these variables:",
      "  PARALLEL_TESTS_SHARD      this shard's number, 1..N",
      "  PARALLEL_TESTS_SHARDS     N",
      "  PARALLEL_TESTS_UNITS      file listing this shard's units, one a line",
      "  PARALLEL_TESTS_INCLUDES   file of what to select: the units (in --format); empty for"
          + " the catch-all shard",
      "  PARALLEL_TESTS_EXCLUDES   file of what the catch-all shard must not run: every other"
          + " shard's units (in --format); else empty",
      "  PARALLEL_TESTS_CATCH_ALL  true for the catch-all shard (it runs what no other shard"
          + " selects), else false",
      "  PARALLEL_TESTS_REPORTS    this shard's own directory for its JUnit XML",
      "  PARALLEL_TESTS_OUT        this shard's own directory (log, unit lists, reports)",
      "  PARALLEL_TESTS_BATCH      with --mode queue: the batch's number (and"
          + " PARALLEL_TESTS_ATTEMPT: 2 for the units of a lost batch run again, else 1)",
      "An argument containing {units} is repeated once per unit ({excludes} likewise); {shard},"
          + " {shards}, {reports}, {out}, {units-file}, {includes-file} and {excludes-file} are"
          + " replaced in place.",
      "At the end: a table of shards, the merged JUnit XML, HTML and Markdown reports in --out,"
          + " and, with --history, this run's timings recorded for the next plan. The run writes"
          + " into a directory beside --out and replaces the previous run's output (plan.json,"
          + " junit.xml, report.html, report.md, shard-N/) only once it has finished: an"
          + " interrupted run leaves the previous output as it was. Other files in --out stay."
          + " A shard that wrote no report, timed out or could not start fails the run.",
      "",
      "Examples:",
      "  parallel-tests run --example",
      "  parallel-tests run --shards 4 --discover 'tests/**/test_*.py' --granularity file \\",
      "    -- python3 -m pytest --junitxml={reports}/junit.xml {units}"
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {ExitStatus.PASSED_LINE, ExitStatus.FAILED_LINE, ExitStatus.ERROR_LINE})
final class RunCommand extends BaseCommand {

  @Option(
      names = "--shards",
      paramLabel = "N|auto",
      description = "How many shards run at once; auto picks from the history (--target-time).")
  String shards;

  @Option(
      names = "--units-from",
      paramLabel = "FILE",
      description = "Read units from FILE, one a line; - reads standard input.")
  String unitsFrom;

  @Option(
      names = "--discover",
      paramLabel = "GLOB",
      description =
          "Units are the files matching GLOB (relative to the working directory), as classes"
              + " (the package and name each declares) or, with --granularity file, as paths.")
  String discover;

  @Mixin PlanOptions planOptions;

  @Option(
      names = "--format",
      paramLabel = "lines|surefire|pytest|jest",
      converter = SplitCommand.FormatConverter.class,
      description =
          "How the includes and excludes files are written, as split --format writes them"
              + " (default: surefire when COMMAND sets a surefire. or failsafe. property, else"
              + " lines: the units as they are).")
  RunnerFormat format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description =
          "Output directory: shard logs and reports, junit.xml, report.html, report.md"
              + " (default: parallel-tests-out). The previous run's output there is replaced"
              + " when this run has finished; a directory holding such files that run did not"
              + " write is refused.")
  Path out;

  @Option(
      names = "--timeout",
      paramLabel = "DURATION",
      description = "Per-shard limit (90s, 5m, 1h or seconds): a shard still running is killed.")
  Duration timeout;

  @Option(
      names = "--image",
      paramLabel = "IMAGE",
      description =
          "Run each shard in a Docker container of this local image, the working and output"
              + " directories mounted at the same paths.")
  String image;

  @Option(
      names = "--network",
      paramLabel = "none|host",
      defaultValue = "none",
      description = "With --image: the containers' network (default: ${DEFAULT-VALUE}).")
  String network = "none";

  @Option(
      names = "--copy",
      description =
          "Run each shard in its own copy of the working directory (OUT/shard-N/checkout, without"
              + " .git and target/), so that shards which build (Maven) never share build output"
              + " and the project needs no change.")
  boolean copy;

  @Option(
      names = "--reports",
      paramLabel = "GLOB",
      description =
          "Collect JUnit XML from GLOB after each shard, for runners that cannot write to"
              + " PARALLEL_TESTS_REPORTS; must contain {shard} when shards share the directory.")
  String reportsGlob;

  @Option(
      names = "--build",
      paramLabel = "ID",
      description = "The ID to record this run under in --history (default: run-DATE-TIME).")
  String build;

  @Option(
      names = "--progress",
      paramLabel = "auto|terminal|plain|none",
      defaultValue = "auto",
      description =
          "Live progress: lines updated in place on a terminal, periodic lines otherwise"
              + " (default: ${DEFAULT-VALUE}).")
  String progress = "auto";

  @Option(
      names = "--mode",
      paramLabel = "static|queue",
      defaultValue = "static",
      description =
          "static (default): each shard runs its part of the plan once. queue: shards pull"
              + " batches from a queue as they finish, COMMAND runs once per batch (each batch"
              + " with its own reports directory, PARALLEL_TESTS_BATCH set), --timeout applies"
              + " per batch, and a lost batch's units run once more on another shard.")
  String mode = "static";

  @Option(
      names = "--fail-fast",
      description = "With --mode queue: once a batch fails, hand out no more batches.")
  boolean failFast;

  @Option(
      names = "--example",
      description =
          "Run the bundled example suite (examples/) with its embedded configuration; other"
              + " options given override it.")
  boolean example;

  @Parameters(
      paramLabel = "COMMAND",
      arity = "0..*",
      description = "The command each shard runs, after --, with its arguments.")
  List<String> command = new ArrayList<>();

  /** The history as the plan read it; null before planning. */
  private HistoryAccess history;

  @Override
  int execute() throws Exception {
    Path workDir = Path.of("").toAbsolutePath();
    if (example) {
      workDir = RunExample.apply(this);
    }
    if (command.isEmpty()) {
      throw CliException.usage("no COMMAND given: write it after --, e.g. -- mvn test");
    }
    if (shards == null) {
      throw CliException.usage("--shards N|auto is required");
    }
    if (unitsFrom != null && discover != null) {
      throw CliException.usage("give either --units-from or --discover, not both");
    }
    boolean queueMode = queueMode();
    if (failFast && !queueMode) {
      throw CliException.usage("--fail-fast needs --mode queue");
    }
    // A relative --out is the caller's, also with --example (which runs in the repository).
    Path outDir =
        out == null ? workDir.resolve("parallel-tests-out") : out.toAbsolutePath().normalize();
    if (planOptions.history != null) {
      HistoryAccess.checkWritable(planOptions.history);
    }
    ShardPlan plan = plan(workDir);
    OutputDirectory output;
    try {
      // Before anything is written: a COMMAND that would run units twice is refused.
      ParallelRun.requireCatchAllExcludes(plan, CommandTemplate.of(command));
      output = OutputDirectory.prepare(outDir);
    } catch (RunException e) {
      throw CliException.usage(e.getMessage());
    }
    RunConfig config =
        config(workDir, output.staging()).withFormat(format(), plan.granularity()).withCopy(copy);
    int planned = plan.shards().stream().mapToInt(s -> s.units().size()).sum();
    out()
        .println(
            "running "
                + (planned == 0
                    ? "1 shard (the catch-all alone: no unit is listed, it runs every test)"
                    : Messages.count(plan.shards().size(), "shard")
                        + " of "
                        + Messages.count(planned, "unit"))
                + (queueMode ? " in queue mode" : "")
                + (image == null ? "" : " in containers of " + image)
                + ", output in "
                + outDir);
    out().flush();
    String buildId = build != null ? build : defaultBuildId();
    Optional<Path> history = Optional.ofNullable(planOptions.history).map(h -> h.toAbsolutePath());
    RunOutputs outputs;
    String tails;
    Optional<QueueOutcome> queued = Optional.empty();
    // The previous output stays until this run's output is complete.
    Thread interrupted =
        new Thread(
            () -> {
              if (output.abandon()) {
                err()
                    .println(
                        spec.qualifiedName()
                            + ": interrupted: the previous output in "
                            + outDir
                            + " is unchanged; this run's partial output is in "
                            + output.staging());
                err().flush();
              }
            });
    Runtime.getRuntime().addShutdownHook(interrupted);
    try {
      if (queueMode) {
        queued =
            Optional.of(
                QueueRun.execute(
                    plan,
                    config,
                    QueueSettings.defaults(),
                    failFast,
                    history,
                    buildId,
                    leftToCatchAll()));
        outputs = queued.get().outputs();
      } else {
        outputs = ParallelRun.execute(plan, config, history, buildId, leftToCatchAll());
      }
      // Read while the logs are still where the shard results say they are.
      tails = output.finalText(ShardTable.failures(outputs));
      output.commit();
    } catch (RunException e) {
      throw CliException.usage(output.finalText(e.getMessage()));
    } finally {
      try {
        Runtime.getRuntime().removeShutdownHook(interrupted);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook runs anyway.
      }
    }
    queued.ifPresent(
        q -> {
          out().println();
          out().print(QueueTimeline.table(q));
          // Lost batches whose units ran again elsewhere: not a fault of the run, but worth a look.
          q.verdict().notes().forEach(n -> out().println("note: " + n));
        });
    return report(outputs, output, tails, queued);
  }

  /** The units the plan left to the catch-all as noted missing (none without a history plan). */
  private List<String> leftToCatchAll() {
    return history == null ? List.of() : history.leftToCatchAll();
  }

  private boolean queueMode() {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "static" -> false;
      case "queue" -> true;
      default ->
          throw CliException.usage("unknown --mode '" + mode + "': expected static or queue");
    };
  }

  private ShardPlan plan(Path workDir) {
    ShardCount count;
    try {
      count = ShardCount.parse(shards, planOptions.targetTime, planOptions.maxShards);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--shards: " + Messages.describe(e));
    }
    HistoryAccess history =
        HistoryAccess.load(planOptions.history, planOptions.granularity, this::warn);
    this.history = history;
    List<String> units = List.of();
    List<UnitEstimate> estimates = List.of();
    SafetyNet safetyNet = SafetyNet.INCLUSIONS_ONLY;
    try {
      if (unitsFrom != null) {
        units = UnitSources.readFile(unitsFrom, Path.of("").toAbsolutePath(), stdin());
        units = ClassUnits.asClasses(units, planOptions.granularity, workDir, this::warn);
      } else if (discover != null) {
        units = UnitSources.discover(discover, workDir, planOptions.granularity);
      } else if (planOptions.history != null) {
        // The history cannot know tests added since: one shard also runs whatever is left. When
        // it knows none (a first build, or every unit gone), that shard alone runs every test.
        estimates = Planning.fromHistory(history, planOptions, this::warn);
        safetyNet = SafetyNet.CATCH_ALL;
      } else {
        throw CliException.usage(
            "no units to run: give --units-from FILE, --discover GLOB or --history DIR");
      }
    } catch (RunException e) {
      throw CliException.usage(e.getMessage());
    }
    if (safetyNet == SafetyNet.INCLUSIONS_ONLY) {
      if (units.isEmpty()) {
        throw CliException.usage("no units to run: the units given hold none");
      }
      estimates = history.estimate(units);
    }
    return Planning.plan(history, estimates, count, planOptions, safetyNet, this::warn);
  }

  private RunConfig config(Path workDir, Path outDir) {
    RunConfig config =
        RunConfig.local(CommandTemplate.of(command), workDir, outDir).withProgress(progressView());
    if (timeout != null) {
      if (timeout.isZero()) {
        throw CliException.usage("--timeout must be more than 0");
      }
      config = config.withTimeout(timeout);
    }
    if (reportsGlob != null) {
      config = config.withReportsGlob(reportsGlob);
    }
    if (image != null) {
      try {
        config = config.withDocker(DockerSettings.of(image).withNetwork(network));
      } catch (IllegalArgumentException e) {
        throw CliException.usage(e.getMessage());
      }
    }
    return config;
  }

  /**
   * The format asked for, else Surefire's when the command hands Surefire or Failsafe a file (its
   * excludes file must keep the default exclusion of nested classes), else the units as they are.
   */
  private RunnerFormat format() {
    if (format != null) {
      return format;
    }
    boolean surefire =
        command.stream().anyMatch(a -> a.contains("surefire.") || a.contains("failsafe."));
    return surefire ? RunnerFormat.SUREFIRE : RunnerFormat.LINES;
  }

  private ProgressView progressView() {
    return switch (progress.toLowerCase(Locale.ROOT)) {
      case "auto" -> ProgressViews.auto(out());
      case "terminal" -> ProgressViews.terminal(out());
      case "plain" -> ProgressViews.plain(out(), 10_000);
      case "none" -> ProgressView.silent();
      default ->
          throw CliException.usage(
              "unknown --progress '" + progress + "': expected auto, terminal, plain or none");
    };
  }

  private int report(
      RunOutputs outputs, OutputDirectory output, String tails, Optional<QueueOutcome> queued) {
    RunResult run = outputs.run();
    out().println();
    out()
        .print(
            ShardTable.table(
                run,
                ExitStatus.word(finalStatus(outputs)),
                outputs.merged().map(m -> m.summary().problems()).orElse(List.of()),
                queued.map(q -> q.verdict().problems()).orElse(List.of())));
    if (!tails.isEmpty()) {
      out().println();
      out().print(tails);
    }
    outputs.warnings().forEach(w -> warn(output.finalText(w)));
    Path cwd = Path.of("").toAbsolutePath();
    if (outputs.merged().isPresent()) {
      RunOutputs.Merged m = outputs.merged().get();
      ReportInputs.printNotes(m.summary(), err(), spec.qualifiedName() + ": ");
      out().println();
      out().println("merged JUnit XML: " + shortPath(cwd, output.finalPath(m.mergedXml())));
      out().println("HTML report:      " + shortPath(cwd, output.finalPath(m.htmlReport())));
      out().println("Markdown report:  " + shortPath(cwd, output.finalPath(m.markdownReport())));
    }
    outputs
        .recordedBuild()
        .ifPresent(
            id ->
                out()
                    .println(
                        "history:          recorded as build "
                            + id
                            + " in "
                            + planOptions.history));
    int status = finalStatus(outputs);
    out().println("status: " + ExitStatus.word(status) + " (" + outcomeLine(outputs) + ")");
    return status;
  }

  /** The run's exit status: the shards' outcome, the merged verdict, and the recording. */
  private int finalStatus(RunOutputs outputs) {
    RunResult run = outputs.run();
    int engine =
        run.anyNotStarted()
            ? ExitStatus.ERROR
            : run.passed() ? ExitStatus.PASSED : ExitStatus.TESTS_FAILED;
    if (planOptions.history != null
        && outputs.merged().isPresent()
        && outputs.recordedBuild().isEmpty()) {
      // Not recorded (the warning says why): an I/O error, as record itself would report it.
      engine = ExitStatus.ERROR;
    }
    int merged =
        outputs.merged().map(m -> Verdicts.exitStatus(m.summary())).orElse(ExitStatus.PASSED);
    return ExitStatus.worst(engine, merged);
  }

  private static String shortPath(Path cwd, Path p) {
    return p.startsWith(cwd) ? cwd.relativize(p).toString() : p.toString();
  }

  private static String defaultBuildId() {
    return "run-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
  }

  /** Tests, failures and wall time, for the status line. */
  private static String outcomeLine(RunOutputs outputs) {
    var total = outputs.run().total();
    return Messages.count(total.tests(), "test")
        + ", "
        + total.failed()
        + " failed, wall "
        + dev.paralleltests.core.report.Durations.format(outputs.run().wallMillis());
  }

  /** Fills in what the caller left out with the example's configuration. */
  void exampleDefaults(
      String exShards,
      String exDiscover,
      Path exOut,
      Path exHistory,
      Duration exTimeout,
      List<String> exCommand) {
    if (shards == null) {
      shards = exShards;
    }
    if (unitsFrom == null && discover == null) {
      discover = exDiscover;
    }
    if (out == null) {
      out = exOut;
    }
    if (planOptions.history == null) {
      planOptions.history = exHistory;
    }
    if (timeout == null) {
      timeout = exTimeout;
    }
    if (command.isEmpty()) {
      command = new ArrayList<>(exCommand);
    }
  }
}
