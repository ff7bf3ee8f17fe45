package dev.paralleltests.core.history;

import java.util.Objects;

/**
 * How estimates are made from a history.
 *
 * @param samples K: how many of a unit's most recent samples count (default 10), from whichever
 *     builds ran it
 * @param statistic how those samples become one figure (default median)
 * @param retention M: a unit not seen in any of the last M builds is forgotten (a deleted or
 *     renamed test; default 30)
 * @param defaultMillis what every unit is estimated at when the history knows none of them (default
 *     1 s): equal estimates make the planner's split round-robin-like and deterministic
 */
public record EstimateOptions(int samples, Statistic statistic, int retention, long defaultMillis) {

  public static final int DEFAULT_SAMPLES = 10;
  public static final int DEFAULT_RETENTION = 30;
  public static final long DEFAULT_MILLIS = 1_000;

  private static final EstimateOptions DEFAULTS =
      new EstimateOptions(DEFAULT_SAMPLES, Statistic.MEDIAN, DEFAULT_RETENTION, DEFAULT_MILLIS);

  public EstimateOptions {
    if (samples < 1) {
      throw new IllegalArgumentException("samples per unit must be at least 1, got " + samples);
    }
    Objects.requireNonNull(statistic, "statistic");
    if (retention < 1) {
      throw new IllegalArgumentException("retention must be at least 1 build, got " + retention);
    }
    if (defaultMillis < 0) {
      throw new IllegalArgumentException("default estimate must not be negative");
    }
  }

  /** K=10, median, M=30, 1 s. */
  public static EstimateOptions defaults() {
    return DEFAULTS;
  }

  public EstimateOptions withSamples(int k) {
    return new EstimateOptions(k, statistic, retention, defaultMillis);
  }

  public EstimateOptions withStatistic(Statistic s) {
    return new EstimateOptions(samples, s, retention, defaultMillis);
  }

  public EstimateOptions withRetention(int m) {
    return new EstimateOptions(samples, statistic, m, defaultMillis);
  }

  public EstimateOptions withDefaultMillis(long millis) {
    return new EstimateOptions(samples, statistic, retention, millis);
  }
}
