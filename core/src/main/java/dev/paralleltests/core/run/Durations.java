package dev.paralleltests.core.run;

import java.util.Locale;

/**
 * Short human durations for tables and progress lines: {@code 850ms}, {@code 12.3s}, {@code 4m05s}.
 */
final class Durations {

  private Durations() {}

  static String format(long millis) {
    if (millis < 1_000) {
      return millis + "ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1fs", millis / 1000.0);
    }
    long seconds = millis / 1000;
    return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
  }
}
