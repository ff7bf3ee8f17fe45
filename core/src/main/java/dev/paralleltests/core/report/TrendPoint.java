package dev.paralleltests.core.report;

import java.util.Objects;

/**
 * One earlier build in a trend chart.
 *
 * @param label what the x axis shows for it, e.g. {@code #42}
 * @param wallMillis its wall time, the slowest shard's; {@link #UNKNOWN} when not recorded
 * @param testMillis its test time: the sum of its test times, the serial estimate (the figure every
 *     recorded build stores, whoever recorded it); {@link #UNKNOWN} when not recorded
 * @param imbalance its slowest shard over its lower bound
 * @param tests how many tests it ran
 */
public record TrendPoint(
    String label, long wallMillis, long testMillis, double imbalance, int tests) {
  /** A time the build did not record: the chart leaves a gap rather than drawing 0. */
  public static final long UNKNOWN = -1;

  public TrendPoint {
    Objects.requireNonNull(label, "label");
  }

  /** The point a finished run contributes to later trends. */
  public static TrendPoint of(String label, RunSummary run) {
    return new TrendPoint(
        label, run.wallMillis(), run.testMillis(), run.imbalance(), run.totals().tests());
  }
}
