package dev.paralleltests.core.plan;

import java.util.Locale;

/** Durations for people: {@code 850 ms}, {@code 12.4 s}, {@code 3m 05s}, {@code 1h 02m}. */
final class Durations {
  private Durations() {}

  static String format(long millis) {
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = Math.round(millis / 1000.0);
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
    long minutes = Math.round(seconds / 60.0);
    return String.format(Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60);
  }
}
