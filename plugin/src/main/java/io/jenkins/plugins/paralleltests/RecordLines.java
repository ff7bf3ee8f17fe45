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
   * A problem of a run whose build was stopped ({@link BuildAbort}): the step does not mark the
   * build, and the line says so instead of "marking the build UNSTABLE". It does not promise which
   * result the build ends with: a run's result only gets worse (workflow-job@cef6bae {@code
   * WorkflowRun.java:704-712}, jenkins {@code Result.java:71, 78}: NOT_BUILT is better than
   * ABORTED), so a build a newer one superseded (NOT_BUILT) ends ABORTED when a swallowed batch
   * timeout already made the run ABORTED ({@code catchError}, {@code CatchErrorStep.java:258-272}).
   */
  static String stoppedBuildProblem(String problem, BuildAbort abort) {
    return problem
        + " ("
        + abort.reason()
        + ": the build's result is left as the stop set it, "
        + (abort.result() == Result.NOT_BUILT
            ? "NOT_BUILT, or worse if the run was already marked so"
            : "ABORTED")
        + ")";
  }

  static String duration(long millis) {
    return PageCharts.duration(millis);
  }
}
