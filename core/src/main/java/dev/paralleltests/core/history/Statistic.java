package dev.paralleltests.core.history;

import java.util.Arrays;
import java.util.Locale;

/** How a unit's recent samples become one estimate. */
public enum Statistic {
  /**
   * The middle sample (the mean of the two middle ones, rounded down, for an even count): robust
   * against one slow or fast outlier build. The default.
   */
  MEDIAN,
  /**
   * The 85th percentile by the nearest-rank method (the ceil(0.85 n)-th smallest sample): a
   * conservative plan that assumes the slower runs.
   */
  P85;

  /** Parses {@code median} or {@code p85}, case-insensitively. */
  public static Statistic parse(String text) {
    for (Statistic s : values()) {
      if (s.name().equalsIgnoreCase(text.trim())) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown statistic '" + text + "': expected median or p85");
  }

  /** The lower-case name used on command lines and in files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Applies this statistic to at least one sample; does not change {@code samples}. */
  long of(long[] samples) {
    if (samples.length == 0) {
      throw new IllegalArgumentException("no samples");
    }
    if (samples.length == 1) {
      return samples[0]; // every statistic of one sample (most units of a young history)
    }
    long[] sorted = samples.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return switch (this) {
      case MEDIAN -> n % 2 == 1 ? sorted[n / 2] : mean(sorted[n / 2 - 1], sorted[n / 2]);
      case P85 -> sorted[(int) Math.ceil(0.85 * n) - 1];
    };
  }

  private static long mean(long a, long b) {
    // Overflow-free floor((a + b) / 2).
    return (a & b) + ((a ^ b) >> 1);
  }
}
