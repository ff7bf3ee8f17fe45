package dev.paralleltests.cli;

import dev.paralleltests.core.report.HtmlReport;
import dev.paralleltests.core.report.MarkdownSummary;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.SummaryJson;
import dev.paralleltests.core.report.TestEntry;
import dev.paralleltests.core.report.TrendPoint;
import java.util.List;

/** The core's summary renderers, one call per format of {@code report}. */
final class ReportRenderers {
  private ReportRenderers() {}

  static String markdown(RunSummary summary, int maxBytes) {
    return MarkdownSummary.render(summary, maxBytes);
  }

  static String json(RunSummary summary) {
    return SummaryJson.write(summary);
  }

  static String html(RunSummary summary, List<TrendPoint> trend, List<TestEntry> tests) {
    return HtmlReport.render(summary, HtmlReport.Details.none().withTrend(trend).withTests(tests));
  }
}
