package dev.paralleltests.cli;

import dev.paralleltests.core.history.BuildStats;
import dev.paralleltests.core.history.BuildTimingsCollector;
import dev.paralleltests.core.history.MissingUnits;
import dev.paralleltests.core.history.TimingHistoryStore;
import dev.paralleltests.core.history.UnnamedFiles;
import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.ReadResult;
import dev.paralleltests.core.junit.ReportFiles;
import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.merge.UnreportedUnits;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.UnitNamer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code record}: adds one build's timings, read from its JUnit XML reports, to the history. */
@Command(
    name = "record",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Add one build's test timings to the timing history.",
    description = {
      "Reads every JUnit XML report given (a file, or a directory searched for .xml reports) and"
          + " stores this build's per-test timings in DIR, so that later plans split better."
          + " Recording an ID again replaces that build. A report that cannot be read (not JUnit"
          + " XML, malformed, cut short) is named on standard error and nothing is recorded (exit"
          + " status 2): a build recorded with tests missing would mislead later plans.",
      "",
      "Example:",
      "  parallel-tests record --history .timings --build \"$CI_PIPELINE_ID\" merged.xml"
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {
      ExitStatus.DONE_LINE,
      "2:usage or I/O error, or a report could not be read (nothing was recorded)"
    })
final class RecordCommand extends BaseCommand {

  @Option(
      names = "--history",
      required = true,
      paramLabel = "DIR",
      description = "Timing history directory (created if missing).")
  Path history;

  @Option(
      names = "--build",
      required = true,
      paramLabel = "ID",
      description = "This build's ID: any text (build number, pipeline ID, ref).")
  String build;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      defaultValue = ".",
      description =
          "The repository root, against which file units are named (default: the current"
              + " directory).")
  Path root = Path.of(".");

  @Option(
      names = "--plan",
      paramLabel = "FILE",
      description =
          "The plan.json the run followed. Its units that no report mentions (deleted or renamed"
              + " tests, most often) are noted in the history, and the next plan leaves them to"
              + " the catch-all shard instead of listing them again.")
  Path plan;

  @Parameters(
      paramLabel = "REPORT",
      arity = "1..*",
      description = "A JUnit XML file, or a directory searched for them.")
  List<Path> reports = new ArrayList<>();

  @Override
  int execute() throws IOException {
    if (build.isBlank()) {
      throw CliException.usage("--build must not be blank");
    }
    HistoryAccess.checkWritable(history);
    int status = ExitStatus.PASSED;
    List<Path> files = new ArrayList<>();
    for (Path report : reports) {
      try {
        ReportFiles.Found found = ReportFiles.find(report);
        files.addAll(found.reports());
        found.skipped().forEach(s -> warn("skipped " + s));
        if (found.reports().isEmpty()) {
          warn(report + ": no JUnit XML reports found");
          status = ExitStatus.ERROR;
        }
      } catch (UncheckedIOException e) {
        warn(Messages.describe(e));
        status = ExitStatus.ERROR;
      }
    }
    if (files.isEmpty()) {
      throw CliException.usage("nothing recorded: no JUnit XML report among " + reports);
    }
    ShardPlan shardPlan = plan == null ? null : PlanFiles.readJson(plan);
    JUnitXmlReader reader = JUnitXmlReader.timingsOnly();
    UnitNamer namer = UnitNamer.detecting(root.toAbsolutePath().normalize());
    BuildTimingsCollector timings = BuildTimingsCollector.create(namer::unitName);
    Counts counts = new Counts();
    ReportListener listener = new Both(timings, counts);
    UnreportedUnits unreported = null;
    if (shardPlan != null) {
      unreported = UnreportedUnits.of(shardPlan, namer);
      listener = new Both(listener, unreported);
    }
    for (Path file : files) {
      ReadResult result = reader.read(file, listener);
      result.problems().forEach(p -> warn(p.toString()));
      if (!result.isComplete()) {
        status = ExitStatus.ERROR;
      }
    }
    if (status != ExitStatus.PASSED) {
      throw CliException.usage(
          "nothing recorded in "
              + history
              + ": a report given could not be read (see above); fix it or leave it out");
    }
    if (counts.tests == 0) {
      throw CliException.usage(
          "nothing recorded in "
              + history
              + ": "
              + (files.size() == 1 ? "the report holds" : "the reports hold")
              + " no test cases");
    }
    BuildStats stats =
        BuildStats.none()
            .withTests(counts.tests)
            .withFailed(counts.failed)
            .withSkipped(counts.skipped)
            .withTestMillis(timings.timings().totalMillis());
    MissingUnits missing = MissingUnits.none();
    if (unreported != null) {
      List<String> warnings = new ArrayList<>();
      List<String> units = unreported.units(warnings);
      warnings.forEach(w -> warn("--plan " + plan + ": " + w));
      if (shardPlan.catchAllShard().isPresent()) {
        // A plan from the history left its newest build's missing units to the catch-all: those
        // this build did not report either stay noted, so that the next plan leaves them too.
        List<String> left = HistoryAccess.leftToCatchAll(history, shardPlan.granularity());
        units =
            MissingUnits.stillUnreported(units, left, timings.timings(), shardPlan.granularity());
      }
      missing = MissingUnits.of(shardPlan.granularity(), units);
    }
    TimingHistoryStore.at(history).record(build, timings.timings(), stats, missing);
    UnnamedFiles.warning(timings.timings(), files).ifPresent(this::warn);
    if (!missing.isEmpty()) {
      warn(
          Messages.count(missing.units().size(), "planned unit")
              + " in no report, noted in the history: the next plan leaves "
              + (missing.units().size() == 1 ? "it" : "them")
              + " to the catch-all shard");
    }
    out()
        .println(
            "recorded build "
                + build
                + " in "
                + history
                + ": "
                + Messages.count(counts.tests, "test")
                + " from "
                + Messages.count(files.size(), "report"));
    return ExitStatus.PASSED;
  }

  /** Counts the cases for the build's figures in the history (the trend chart shows them). */
  private static final class Counts implements ReportListener {
    int tests;
    int failed;
    int skipped;

    @Override
    public void onCase(ReportedCase testCase) {
      tests++;
      if (testCase.outcome().isFailure()) {
        failed++;
      } else if (testCase.outcome() == dev.paralleltests.core.junit.Outcome.SKIPPED) {
        skipped++;
      }
    }
  }

  /** Delivers every event to two listeners. */
  private record Both(ReportListener first, ReportListener second) implements ReportListener {
    @Override
    public void onCase(ReportedCase testCase) {
      first.onCase(testCase);
      second.onCase(testCase);
    }

    @Override
    public void onSuite(dev.paralleltests.core.junit.ReportedSuite suite) {
      first.onSuite(suite);
      second.onSuite(suite);
    }

    @Override
    public void onProblem(dev.paralleltests.core.junit.ReportProblem problem) {
      first.onProblem(problem);
      second.onProblem(problem);
    }
  }
}
