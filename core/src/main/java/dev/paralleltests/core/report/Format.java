package dev.paralleltests.core.report;

import java.util.Locale;

/** Numbers as people read them in every rendering, so JSON, Markdown and HTML agree. */
final class Format {
  private Format() {}

  /** {@code 850ms}, {@code 12.4s}, {@code 3m 05s}, {@code 1h 02m}: see {@link Durations}. */
  static String duration(long millis) {
    return Durations.format(millis);
  }

  /** Compact, for axis ticks: {@code 30s}, {@code 2.5s}, {@code 1m 30s}, {@code 2h}. */
  static String shortDuration(long millis) {
    return Durations.compact(millis);
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
