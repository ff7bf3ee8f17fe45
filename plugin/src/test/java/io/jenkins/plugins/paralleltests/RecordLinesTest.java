package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import org.junit.jupiter.api.Test;

/** The recording step's log lines for a build that was stopped. */
class RecordLinesTest {

  @Test
  void shouldSayAnAbortedBuildKeepsItsResultInsteadOfBeingMarked() {
    String problem =
        "6 units never ran, never handed out: the queue stopped (the build was aborted): a.A";

    assertThat(
            RecordLines.stoppedBuildProblem(
                problem, BuildAbort.of(true, Result.ABORTED).orElseThrow()))
        .isEqualTo(
            problem
                + " (the build was aborted: the build's result is left as the stop set it,"
                + " ABORTED)")
        .doesNotContain("marking");
  }

  @Test
  void shouldNameNotBuiltForABuildANewerOneSuperseded() {
    assertThat(
            RecordLines.stoppedBuildProblem(
                "shard 2 reported no results", BuildAbort.of(true, Result.NOT_BUILT).orElseThrow()))
        // Not "stays NOT_BUILT": a swallowed batch timeout may already have made the run ABORTED
        // (catchError, CatchErrorStep.java:258-272), and the worse result wins
        // (WorkflowRun.java:704-712; Result.java:71, 78).
        .endsWith(
            ": the build's result is left as the stop set it, NOT_BUILT, or worse if the run was"
                + " already marked so)")
        .doesNotContain("stays");
  }
}
