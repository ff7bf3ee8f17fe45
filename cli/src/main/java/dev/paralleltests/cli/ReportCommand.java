package dev.paralleltests.cli;

import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.merge.MergeResult;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.TrendPoint;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: a summary of the shards' results for people, CI job summaries or tools. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Summarize the shards' results as Markdown, JSON or a self-contained HTML page.",
    description = {
      "Each REPORT is one shard, as for merge. Markdown fits CI job summaries (--max-bytes;"
          + " GitHub allows 1 MiB per step summary, 65535 characters per comment); JSON is for"
          + " tools; HTML is one file with charts that opens without network access. With"
          + " --history the HTML report adds a trend over the recorded builds. The report is"
          + " written even when the run failed.",
      "",
      "Example:",
      "  parallel-tests report --format markdown --out \"$GITHUB_STEP_SUMMARY\" --plan plan.json \\",
      "    shard-reports/1 shard-reports/2 shard-reports/3"
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {ExitStatus.PASSED_LINE, ExitStatus.FAILED_LINE, ExitStatus.ERROR_LINE})
final class ReportCommand extends BaseCommand {

  @Option(
      names = "--format",
      required = true,
      paramLabel = "markdown|json|html",
      description = "The report's format.")
  String format;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description =
          "Where to write the report (an existing file is replaced; - for standard output).")
  String out;

  @Option(
      names = "--history",
      paramLabel = "DIR",
      description = "Timing history (written by record): the HTML report shows its trend.")
  Path history;

  @Option(
      names = "--max-bytes",
      paramLabel = "N",
      defaultValue = "1048576",
      description = "Markdown only: the most bytes to write (default: ${DEFAULT-VALUE}).")
  int maxBytes = 1024 * 1024;

  @Mixin ReportInputs inputs;

  @Override
  int execute() throws IOException {
    String kind = format.trim().toLowerCase(Locale.ROOT);
    if (!List.of("markdown", "json", "html").contains(kind)) {
      throw CliException.usage(
          "unknown format '" + format + "' for report: expected markdown, json or html");
    }
    if (kind.equals("markdown") && maxBytes < 200) {
      throw CliException.usage("--max-bytes must be at least 200, got " + maxBytes);
    }
    MergeResult merged = summarize();
    RunSummary summary = merged.summary();
    String text =
        switch (kind) {
          case "markdown" -> ReportRenderers.markdown(summary, maxBytes);
          case "json" -> ReportRenderers.json(summary);
          default -> ReportRenderers.html(summary, trend(summary), merged.tests());
        };
    int status = Verdicts.exitStatus(summary);
    if (out.equals("-")) {
      out().print(text);
    } else {
      Path file = Path.of(out);
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      out().println("wrote " + kind + " report to " + file + ": " + ExitStatus.word(status));
    }
    ReportInputs.printNotes(summary, err(), spec.qualifiedName() + ": ");
    inputs.warnIfShardCountUnchecked(err(), spec.qualifiedName() + ": ");
    inputs.noteSharedShards(err(), spec.qualifiedName() + ": ");
    return status;
  }

  /** Merges into a scratch file: the summary is what the report needs, not the merged XML. */
  private MergeResult summarize() throws IOException {
    Path scratch = Files.createTempFile("parallel-tests-report", ".xml");
    try {
      return inputs.merge(scratch);
    } finally {
      Files.deleteIfExists(scratch);
    }
  }

  /** The recorded builds (oldest first) and this run, for the HTML trend chart. */
  private List<TrendPoint> trend(RunSummary current) {
    List<TrendPoint> points = new ArrayList<>();
    if (history != null) {
      for (RecordedBuild b : HistoryAccess.builds(history, this::warn)) {
        var s = b.stats();
        points.add(
            new TrendPoint(
                "#" + b.id(),
                s.wallMillis().orElse(TrendPoint.UNKNOWN),
                s.testMillis().orElse(TrendPoint.UNKNOWN),
                s.imbalance().orElse(1.0),
                s.tests().orElse(0)));
      }
    }
    points.add(TrendPoint.of("this run", current));
    return points;
  }
}
