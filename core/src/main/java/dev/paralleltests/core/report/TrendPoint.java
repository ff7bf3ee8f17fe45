package dev.paralleltests.core.report;

import java.util.Objects;

/**
 * One earlier build in a trend chart.
 *
 * @param label what the x axis shows for it, e.g. {@code #42}
 * @param wallMillis its wall time, the slowest shard's; 0 when unknown
 * @param testMillis its test time: the sum of its test times, the serial estimate (the figure every
 *     recorded build stores, whoever recorded it)
 * @param imbalance its slowest shard over its lower bound
 * @param tests how many tests it ran
 */
public record TrendPoint(
    String label, long wallMillis, long testMillis, double imbalance, int tests) {
  public TrendPoint {
    Objects.requireNonNull(label, "label");
  }

  /** The point a finished run contributes to later trends. */
  public static TrendPoint of(String label, RunSummary run) {
    return new TrendPoint(
        label, run.wallMillis(), run.testMillis(), run.imbalance(), run.totals().tests());
  }
}
