package dev.paralleltests.core.report;

import java.util.Locale;

/**
 * The one way durations are written for people: the plan's log, the run's table and progress lines,
 * and every report ({@code 850ms}, {@code 12.4s}, {@code 3m 05s}, {@code 1h 02m}), so that the same
 * time never reads two ways. Seconds are rounded to the nearest, never cut.
 */
public final class Durations {
  private Durations() {}

  /** {@code 850ms}, {@code 12.4s}, {@code 3m 05s}, {@code 1h 02m}; negative times read as 0. */
  public static String format(long millis) {
    millis = Math.max(0, millis);
    if (millis < 1_000) {
      return millis + "ms";
    }
    if (millis < 59_950) {
      return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }
    long seconds = Math.round(millis / 1000.0);
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%dm %02ds", seconds / 60, seconds % 60);
    }
    long minutes = Math.round(seconds / 60.0);
    return String.format(Locale.ROOT, "%dh %02dm", minutes / 60, minutes % 60);
  }

  /**
   * The same style without zero parts, for axis ticks: {@code 500ms}, {@code 2.5s}, {@code 30s},
   * {@code 1m 30s}, {@code 5m}, {@code 2h}.
   */
  public static String compact(long millis) {
    millis = Math.max(0, millis);
    if (millis < 1_000) {
      return millis + "ms";
    }
    if (millis < 59_950) {
      String s = String.format(Locale.ROOT, "%.1f", millis / 1000.0);
      return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + "s";
    }
    long seconds = Math.round(millis / 1000.0);
    if (seconds < 3600) {
      return seconds % 60 == 0
          ? (seconds / 60) + "m"
          : (seconds / 60) + "m " + (seconds % 60) + "s";
    }
    long minutes = Math.round(seconds / 60.0);
    return minutes % 60 == 0 ? (minutes / 60) + "h" : (minutes / 60) + "h " + (minutes % 60) + "m";
  }
}
