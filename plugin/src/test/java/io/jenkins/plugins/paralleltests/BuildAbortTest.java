package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import org.junit.jupiter.api.Test;

/**
 * When queue mode hands out no more batches: the Pipeline execution's result, which only an
 * interruption of the whole build makes ABORTED or NOT_BUILT (the sources are cited in {@link
 * BuildAbort}), or a run that is no longer building.
 */
class BuildAbortTest {

  @Test
  void shouldStopWhenTheExecutionWasAborted() {
    // Executor.interrupt(ABORTED) -> CpsFlowExecution.interrupt -> setResult (1300-1301).
    assertThat(BuildAbort.of(true, Result.ABORTED))
        .contains(new BuildAbort(Result.ABORTED, "the build was aborted"));
  }

  @Test
  void shouldStopWhenANewerBuildSupersededThisOne() {
    // disableConcurrentBuilds(abortPrevious: true): e.interrupt(Result.NOT_BUILT, ...)
    // (workflow-job@cef6bae WorkflowRun.java:377).
    assertThat(BuildAbort.of(true, Result.NOT_BUILT))
        .hasValueSatisfying(a -> assertThat(a.result()).isSameAs(Result.NOT_BUILT));
  }

  @Test
  void shouldStopWhenTheRunWasKilled() {
    // WorkflowRun.doKill finishes the run without the program (WorkflowRun.java:540-557).
    assertThat(BuildAbort.of(false, Result.SUCCESS))
        .contains(new BuildAbort(Result.ABORTED, "the build was killed"));
  }

  @Test
  void shouldGoOnWhileTheExecutionWasNotInterrupted() {
    // A batch's timeout, a removed agent, or a body's catchError (which sets the run's result,
    // CatchErrorStep.java:258-272) leave the execution's result as it was.
    assertThat(BuildAbort.of(true, Result.SUCCESS)).isEmpty();
    assertThat(BuildAbort.of(true, Result.UNSTABLE)).isEmpty();
    assertThat(BuildAbort.of(true, Result.FAILURE)).isEmpty();
  }

  @Test
  void shouldGoOnWhenTheExecutionIsNotAGroovyPipeline() {
    assertThat(BuildAbort.of(true, null)).isEmpty();
  }
}
