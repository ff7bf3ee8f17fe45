package dev.paralleltests.core.report;

import java.util.Locale;

/** Numbers as people read them in every rendering, so JSON, Markdown and HTML agree. */
final class Format {
  private Format() {}

  /** {@code 850 ms}, {@code 12.3 s}, {@code 4 min 05 s}, {@code 1 h 02 min}. */
  static String duration(long millis) {
    if (millis < 1_000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }
    long seconds = Math.round(millis / 1000.0);
    if (seconds < 3600) {
      return String.format(Locale.ROOT, "%d min %02d s", seconds / 60, seconds % 60);
    }
    long minutes = Math.round(seconds / 60.0);
    return String.format(Locale.ROOT, "%d h %02d min", minutes / 60, minutes % 60);
  }

  /** Compact, for axis ticks: {@code 30 s}, {@code 2.5 s}, {@code 1 min 30 s}, {@code 2 h}. */
  static String shortDuration(long millis) {
    if (millis < 1_000) {
      return millis + " ms";
    }
    if (millis < 60_000) {
      String s = String.format(Locale.ROOT, "%.1f", millis / 1000.0);
      return (s.endsWith(".0") ? s.substring(0, s.length() - 2) : s) + " s";
    }
    long seconds = Math.round(millis / 1000.0);
    if (seconds < 3600) {
      return seconds % 60 == 0
          ? (seconds / 60) + " min"
          : (seconds / 60) + " min " + (seconds % 60) + " s";
    }
    long minutes = Math.round(seconds / 60.0);
    return minutes % 60 == 0
        ? (minutes / 60) + " h"
        : (minutes / 60) + " h " + (minutes % 60) + " min";
  }

  /** {@code 1.07×}. */
  static String ratio(double value) {
    return String.format(Locale.ROOT, "%.2f\u00d7", value);
  }

  /** {@code 1,234}. */
  static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** The run's verdict in words. */
  static String verdict(RunSummary s) {
    return switch (s.status()) {
      case PASSED -> "Tests passed";
      case FAILED -> "Tests failed";
      case ERROR -> "Run incomplete: results are missing or unreadable";
    };
  }
}
