package dev.paralleltests.core.history;

import java.util.Objects;

/**
 * How long one unit is expected to take, and how much history that expectation rests on.
 *
 * @param unit the unit's name, exactly as the caller gave it
 * @param millis the expected duration in milliseconds, never negative
 * @param samples how many recorded builds the estimate rests on; 0 means it was estimated without
 *     any history of this unit (the median of the known units)
 */
public record UnitEstimate(String unit, long millis, int samples) {
  public UnitEstimate {
    Objects.requireNonNull(unit, "unit");
    if (millis < 0) {
      throw new IllegalArgumentException("negative estimate for " + unit + ": " + millis);
    }
    if (samples < 0) {
      throw new IllegalArgumentException("negative sample count for " + unit + ": " + samples);
    }
  }

  public static UnitEstimate known(String unit, long millis, int samples) {
    return new UnitEstimate(unit, millis, samples);
  }

  public static UnitEstimate estimated(String unit, long millis) {
    return new UnitEstimate(unit, millis, 0);
  }

  /** True when no recorded build ever ran this unit. */
  public boolean isEstimated() {
    return samples == 0;
  }
}
