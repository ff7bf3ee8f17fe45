package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import java.util.Map;
import java.util.concurrent.TimeUnit;
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

  // An enclosing timeout: deadline = its node's start + unit.toMillis(time)
  // (workflow-basic-steps@a789b07 TimeoutStepExecution.java:68-73, 143-148).

  private static final long START = 1_000_000L;

  @Test
  void shouldStopOnceAnEnclosingTimeoutsTimeIsUp() {
    Map<String, Object> args = Map.of("time", 5, "unit", "MINUTES");

    assertThat(BuildAbort.expiredTimeout("7", args, START, START + 5 * 60_000 - 1)).isEmpty();
    assertThat(BuildAbort.expiredTimeout("7", args, START, START + 5 * 60_000))
        .contains(new BuildAbort(Result.ABORTED, "the enclosing timeout (5 minutes) expired", "7"));
  }

  @Test
  void shouldReadTheTimeoutsUnitAsMinutesByDefaultAndInAnyCase() {
    // TimeoutStep.java:23: unit defaults to MINUTES; `timeout(2)` stores only the time.
    assertThat(BuildAbort.expiredTimeout("7", Map.of("time", 2), START, START + 2 * 60_000))
        .isPresent();
    assertThat(
            BuildAbort.expiredTimeout(
                "7", Map.of("time", "30", "unit", TimeUnit.SECONDS), START, START + 30_000))
        .isPresent();
    assertThat(
            BuildAbort.expiredTimeout(
                "7", Map.of("time", 1, "unit", "hours"), START, START + 60 * 60_000 - 1))
        .isEmpty();
  }

  @Test
  void shouldNotTakeAVeryLongTimeoutForAnExpiredOne() {
    // The arguments are stored as written (a long literal too); TimeUnit.DAYS.toMillis saturates
    // at Long.MAX_VALUE, and start plus that would wrap around to a deadline long past.
    assertThat(
            BuildAbort.expiredTimeout(
                "7", Map.of("time", Long.MAX_VALUE, "unit", "DAYS"), START, START + 60_000))
        .isEmpty();
  }

  @Test
  void shouldCarryTheTimeoutsNodeIdButNoneForAStoppedBuild() {
    // The claim step ends the shard with that timeout's own ExceededTimeout(nodeId), which the
    // timeout block compares with its step's node id (TimeoutStepExecution.java:250-259).
    assertThat(BuildAbort.expiredTimeout("12", Map.of("time", 1), START, START + 60_000))
        .hasValueSatisfying(a -> assertThat(a.timeoutNodeId()).isEqualTo("12"));
    assertThat(BuildAbort.of(true, Result.ABORTED))
        .hasValueSatisfying(a -> assertThat(a.timeoutNodeId()).isNull());
  }

  @Test
  void shouldNotJudgeAnActivityTimeoutWrittenAsAString() {
    // Arguments are kept as written (workflow-cps ArgumentsActionImpl.java:122-140), and the step
    // reads the string 'true' as true (structs DescribableModel.java:488-489, Boolean.valueOf):
    // log activity keeps that timeout alive, so its time alone says nothing.
    long late = START + 24 * 60 * 60_000L;
    assertThat(BuildAbort.expiredTimeout("7", Map.of("time", 1, "activity", "true"), START, late))
        .isEmpty();
    assertThat(BuildAbort.expiredTimeout("7", Map.of("time", 1, "activity", "false"), START, late))
        .isPresent();
  }

  @Test
  void shouldNotJudgeAnActivityTimeoutOrOneWithoutAStartOrReadableArguments() {
    long late = START + 24 * 60 * 60_000L;
    // activity: true restarts with every log line (TimeoutStepExecution.java:80-83).
    assertThat(BuildAbort.expiredTimeout("7", Map.of("time", 1, "activity", true), START, late))
        .isEmpty();
    // TimingAction.getStartTime answers 0 for a node without one (TimingAction.java:44-51).
    assertThat(BuildAbort.expiredTimeout("7", Map.of("time", 1), 0, late)).isEmpty();
    // A value the graph did not store is a NotStoredReason (ArgumentsAction.java:61-73).
    assertThat(BuildAbort.expiredTimeout("7", Map.of("time", Thread.State.NEW), START, late))
        .isEmpty();
    assertThat(BuildAbort.expiredTimeout("7", Map.of(), START, late)).isEmpty();
  }
}
