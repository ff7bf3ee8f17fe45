package dev.paralleltests.core.report;

import java.util.List;

/**
 * The HTML report's charts and number formats for other renderings (the Jenkins plugin's pages), so
 * that a page and the report draw and word the same numbers the same way. The SVG needs no script;
 * its classes are styled by the page.
 */
public final class PageCharts {
  private PageCharts() {}

  /** The per-shard timeline: planned and actual bars per shard, with the lower bound. */
  public static String timeline(RunSummary summary) {
    return SvgCharts.timeline(summary.shards(), summary.lowerBoundMillis());
  }

  /**
   * A line chart of one value over builds, oldest first.
   *
   * @param id the SVG element's id
   * @param timeAxis whether {@code values} are milliseconds (else plain numbers)
   * @throws IllegalArgumentException when labels and values differ in length
   */
  public static String lineChart(
      String id, String title, List<String> labels, double[] values, boolean timeAxis) {
    if (labels.size() != values.length) {
      throw new IllegalArgumentException(
          labels.size() + " labels for " + values.length + " values in chart " + id);
    }
    return SvgCharts.lineChart(
        id,
        title,
        labels,
        values,
        timeAxis,
        timeAxis ? v -> Format.shortDuration(Math.round(v)) : PageCharts::number);
  }

  /** A duration as every rendering words it: {@code 850ms}, {@code 12.4s}, {@code 3m 05s}. */
  public static String duration(long millis) {
    return Format.duration(millis);
  }

  /** A ratio as every rendering words it: {@code 1.07×}. */
  public static String ratio(double value) {
    return Format.ratio(value);
  }

  /** The verdict in words, as the report's heading says it. */
  public static String verdict(RunSummary summary) {
    return Format.verdict(summary);
  }

  private static String number(double v) {
    return v == Math.rint(v)
        ? Format.count(Math.round(v))
        : String.format(java.util.Locale.ROOT, "%.2f", v);
  }
}
