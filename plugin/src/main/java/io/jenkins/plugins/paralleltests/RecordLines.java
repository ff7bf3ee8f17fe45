package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.report.PageCharts;
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
    return PageCharts.duration(millis);
  }
}
