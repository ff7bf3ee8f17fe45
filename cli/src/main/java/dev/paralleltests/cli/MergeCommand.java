package dev.paralleltests.cli;

import dev.paralleltests.core.merge.MergeResult;
import dev.paralleltests.core.report.FailedTest;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.Totals;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code merge}: the shards' JUnit XML reports become one report every JUnit consumer reads. */
@Command(
    name = "merge",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Merge the shards' JUnit XML reports into one.",
    description = {
      "Each REPORT is one shard. Counts in the merged file are the sum over shards; a test that"
          + " failed and then passed on a retry is flaky, not failed; every case records the shard"
          + " it came from. With --expect-shards (or --plan) a shard without reports fails the"
          + " run. The merged file is written even when the run fails.",
      "",
      "Example:",
      "  parallel-tests merge --out merged.xml --expect-shards 3 --plan plan.json \\",
      "    reports/shard-1 reports/shard-2 reports/shard-3"
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {ExitStatus.PASSED_LINE, ExitStatus.FAILED_LINE, ExitStatus.ERROR_LINE})
final class MergeCommand extends BaseCommand {

  /** Failures listed on standard output; the merged file and the report hold them all. */
  static final int FAILURES_SHOWN = 20;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "The merged JUnit XML file to write.")
  Path out;

  @Mixin ReportInputs inputs;

  @Override
  int execute() {
    MergeResult result = inputs.merge(out);
    RunSummary summary = result.summary();
    Totals t = summary.totals();
    out()
        .printf(
            "merged %s from %s (%s) into %s: %d passed, %d failed, %s, %d skipped, %d flaky%n",
            Messages.count(t.tests(), "test"),
            Messages.count(summary.shards().size(), "shard"),
            Messages.count(result.filesRead(), "report file"),
            result.output(),
            t.passed(),
            t.failed(),
            Messages.count(t.errors(), "error"),
            t.skipped(),
            t.flaky());
    int shown = 0;
    for (FailedTest f : summary.failures()) {
      if (shown++ == FAILURES_SHOWN) {
        out().println("  ... and " + (summary.failures().size() - FAILURES_SHOWN) + " more");
        break;
      }
      out().println("  FAILED " + f.displayName() + " (shard " + f.shard() + "): " + f.message());
    }
    ReportInputs.printNotes(summary, err(), spec.qualifiedName() + ": ");
    inputs.warnIfShardCountUnchecked(err(), spec.qualifiedName() + ": ");
    inputs.noteSharedShards(err(), spec.qualifiedName() + ": ");
    int status = Verdicts.exitStatus(summary);
    out().println("result: " + ExitStatus.word(status));
    return status;
  }
}
