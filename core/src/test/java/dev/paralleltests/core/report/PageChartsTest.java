package dev.paralleltests.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageChartsTest {

  @Test
  void shouldDrawTheSameTimelineAsTheHtmlReport() {
    RunSummary run = SampleRuns.failing();

    assertThat(HtmlReport.render(run)).contains(PageCharts.timeline(run));
  }

  @Test
  void shouldDrawTheSameWallTimeTrendAsTheHtmlReport() {
    RunSummary run = SampleRuns.green(3);
    List<TrendPoint> trend =
        List.of(TrendPoint.of("#1", run), new TrendPoint("#2", 90_000, 200_000, 1.3, 40));

    String chart =
        PageCharts.lineChart(
            "trend-wall",
            "Wall time (slowest shard)",
            List.of("#1", "#2"),
            new double[] {run.wallMillis(), 90_000},
            true);

    assertThat(HtmlReport.render(run, trend)).contains(chart);
  }

  @Test
  void shouldWordNumbersAsTheReportDoes() {
    assertThat(PageCharts.duration(245_000)).isEqualTo("4m 05s");
    assertThat(PageCharts.ratio(1.0678)).isEqualTo("1.07\u00d7");
  }

  @Test
  void shouldRejectLabelsThatDoNotMatchTheValues() {
    assertThatThrownBy(() -> PageCharts.lineChart("c", "t", List.of("#1"), new double[2], false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 labels for 2 values in chart c");
  }

  @Test
  void shouldEscapeTheLabels() {
    String chart =
        PageCharts.lineChart("c", "t", List.of(SampleRuns.HOSTILE), new double[] {1.5}, false);

    assertThat(chart).doesNotContain("<script>");
  }
}
