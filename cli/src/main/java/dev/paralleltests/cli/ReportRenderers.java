package dev.paralleltests.cli;

import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.TrendPoint;
import java.util.List;

/** The core's summary renderers, behind one call each. */
final class ReportRenderers {
  private ReportRenderers() {}

  static String markdown(RunSummary summary, int maxBytes) {
    throw unavailable("markdown");
  }

  static String json(RunSummary summary) {
    throw unavailable("json");
  }

  static String html(RunSummary summary, List<TrendPoint> trend) {
    throw unavailable("html");
  }

  private static CliException unavailable(String format) {
    return new CliException(ExitStatus.ERROR, "the " + format + " report is not in this build yet");
  }
}
