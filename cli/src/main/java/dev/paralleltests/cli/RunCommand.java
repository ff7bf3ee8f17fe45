package dev.paralleltests.cli;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardCount;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.run.CommandTemplate;
import dev.paralleltests.core.run.DockerSettings;
import dev.paralleltests.core.run.ParallelRun;
import dev.paralleltests.core.run.ProgressView;
import dev.paralleltests.core.run.ProgressViews;
import dev.paralleltests.core.run.RunConfig;
import dev.paralleltests.core.run.RunException;
import dev.paralleltests.core.run.RunOutputs;
import dev.paralleltests.core.run.RunResult;
import dev.paralleltests.core.run.ShardTable;
import dev.paralleltests.core.run.UnitSources;
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
      "  PARALLEL_TESTS_SHARD     this shard's number, 1..N",
      "  PARALLEL_TESTS_SHARDS    N",
      "  PARALLEL_TESTS_UNITS     file listing this shard's units, one a line",
      "  PARALLEL_TESTS_INCLUDES  what to select: the units; empty for the catch-all shard",
      "  PARALLEL_TESTS_EXCLUDES  the catch-all shard: every other shard's units; else empty",
      "  PARALLEL_TESTS_REPORTS   this shard's own directory for its JUnit XML",
      "An argument containing {units} is repeated once per unit ({excludes} likewise); {shard},"
          + " {shards}, {reports}, {units-file}, {includes-file} and {excludes-file} are"
          + " replaced in place.",
      "At the end: a table of shards, the merged JUnit XML, HTML and Markdown reports in --out,"
          + " and, with --history, this run's timings recorded for the next plan.",
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
      names = "--out",
      paramLabel = "DIR",
      description =
          "Output directory: shard logs and reports, junit.xml, report.html, report.md"
              + " (default: parallel-tests-out). An earlier run's output there is replaced.")
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
    Path outDir = workDir.resolve(out == null ? Path.of("parallel-tests-out") : out);
    ShardPlan plan = plan(workDir);
    RunConfig config = config(workDir, outDir);
    out()
        .println(
            "running "
                + plan.shards().size()
                + " shards of "
                + plan.shards().stream().mapToInt(s -> s.units().size()).sum()
                + " units"
                + (image == null ? "" : " in containers of " + image)
                + ", output in "
                + outDir);
    out().flush();
    String buildId = build != null ? build : defaultBuildId();
    Optional<Path> history = Optional.ofNullable(planOptions.history).map(h -> h.toAbsolutePath());
    RunOutputs outputs;
    try {
      outputs = ParallelRun.execute(plan, config, history, buildId);
    } catch (RunException e) {
      throw CliException.usage(e.getMessage());
    }
    return report(outputs);
  }

  private ShardPlan plan(Path workDir) {
    ShardCount count;
    try {
      count = ShardCount.parse(shards, planOptions.targetTime, planOptions.maxShards);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--shards: " + Messages.describe(e));
    }
    HistoryAccess history = HistoryAccess.load(planOptions.history, this::warn);
    List<String> units;
    SafetyNet safetyNet = SafetyNet.INCLUSIONS_ONLY;
    try {
      if (unitsFrom != null) {
        units = UnitSources.readFile(unitsFrom, Path.of("").toAbsolutePath(), stdin());
      } else if (discover != null) {
        units = UnitSources.discover(discover, workDir, planOptions.granularity);
      } else if (planOptions.history != null) {
        units = history.knownUnits(planOptions.granularity);
        // The history cannot know tests added since: one shard also runs whatever is left.
        safetyNet = SafetyNet.CATCH_ALL;
      } else {
        throw CliException.usage(
            "no units to run: give --units-from FILE, --discover GLOB or --history DIR");
      }
    } catch (RunException e) {
      throw CliException.usage(e.getMessage());
    }
    if (units.isEmpty()) {
      throw CliException.usage("no units to run: the units given hold none");
    }
    List<UnitEstimate> estimates = history.estimate(units, planOptions.granularity);
    return ShardPlanner.plan(
        PlanRequest.of(estimates, count)
            .withGranularity(planOptions.granularity)
            .withSafetyNet(safetyNet));
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

  private int report(RunOutputs outputs) {
    RunResult run = outputs.run();
    out().println();
    out()
        .print(
            ShardTable.table(
                run, outputs.merged().map(m -> m.summary().problems()).orElse(List.of())));
    String tails = ShardTable.failedTails(run);
    if (!tails.isEmpty()) {
      out().println();
      out().print(tails);
    }
    outputs.warnings().forEach(this::warn);
    Path cwd = Path.of("").toAbsolutePath();
    int merged = ExitStatus.PASSED;
    if (outputs.merged().isPresent()) {
      RunOutputs.Merged m = outputs.merged().get();
      ReportInputs.printNotes(m.summary(), err(), spec.qualifiedName() + ": ");
      out().println();
      out().println("merged JUnit XML: " + shortPath(cwd, m.mergedXml()));
      out().println("HTML report:      " + shortPath(cwd, m.htmlReport()));
      out().println("Markdown report:  " + shortPath(cwd, m.markdownReport()));
      merged = Verdicts.exitStatus(m.summary());
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
    int engine =
        run.anyNotStarted()
            ? ExitStatus.ERROR
            : run.passed() ? ExitStatus.PASSED : ExitStatus.TESTS_FAILED;
    int status = ExitStatus.worst(engine, merged);
    out()
        .println(
            "status: "
                + (status == ExitStatus.PASSED
                    ? "passed"
                    : status == ExitStatus.TESTS_FAILED ? "failed" : "error")
                + " ("
                + outcomeLine(outputs)
                + ")");
    return status;
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
    return total.tests()
        + " tests, "
        + total.failed()
        + " failed, wall "
        + String.format(Locale.ROOT, "%.1fs", outputs.run().wallMillis() / 1000.0);
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
