package dev.paralleltests.cli;

import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.TrendPoint;
import java.util.List;

/** The HTML report renderer of the core, behind one call. */
final class ReportRenderers {
  private ReportRenderers() {}

  static String html(RunSummary summary, List<TrendPoint> trend) {
    throw new CliException(ExitStatus.ERROR, "the HTML report is not available in this build yet");
  }
}
