package io.jenkins.plugins.paralleltests;

import java.time.Duration;
import java.util.Locale;

/** Log lines of the recording step. */
final class RecordLines {
  private RecordLines() {}

  static String shard(ShardVerdict.ShardReport report) {
    return report.branch()
        + ": "
        + report.tests()
        + " tests"
        + (report.failures() > 0 ? " (" + report.failures() + " failed)" : "")
        + ", "
        + duration(report.testMillis())
        + " of tests, planned "
        + duration(report.plannedMillis())
        + ", "
        + report.status().name().toLowerCase(Locale.ROOT).replace('_', ' ');
  }

  static String duration(long millis) {
    Duration d = Duration.ofMillis(Math.max(0, millis));
    long minutes = d.toMinutes();
    long seconds = d.toSecondsPart();
    return minutes > 0
        ? minutes + "m" + String.format(Locale.ROOT, "%02d", seconds) + "s"
        : d.toMillis() < 1000 ? d.toMillis() + "ms" : seconds + "s";
  }
}
