package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.report.PageCharts;
import hudson.model.Result;
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

  /**
   * A problem of a run whose build was stopped ({@link BuildAbort}): it keeps its result (ABORTED
   * is the worst, WorkflowRun.setResult only makes a result worse, workflow-job@cef6bae
   * WorkflowRun.java:704-712), and the line says so instead of "marking the build UNSTABLE".
   */
  static String stoppedBuildProblem(String problem, BuildAbort abort) {
    return problem
        + " ("
        + abort.reason()
        + ": the build's result stays "
        + (abort.result() == Result.NOT_BUILT ? "NOT_BUILT" : "ABORTED")
        + ")";
  }

  static String duration(long millis) {
    return PageCharts.duration(millis);
  }
}
