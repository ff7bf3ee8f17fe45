package io.jenkins.plugins.paralleltests;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;
import hudson.model.Run;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.cps.CpsFlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

/**
 * The build is being stopped: queue mode hands out no more batches, whatever the shards' bodies did
 * with the interruption (a {@code catchError} or a {@code try}/{@code catch} in the body swallows
 * it, and the body returns as if its batch had run).
 *
 * <p>What this reads, in the real sources:
 *
 * <ul>
 *   <li>Every stop of a running build goes through its executor: the Stop button and REST {@code
 *       stop} ({@code WorkflowRun.doStop} → jenkins@ff9430e {@code Executor.java:841-870} → {@code
 *       interrupt()} → {@code interrupt(Result.ABORTED)}, lines 159-234), and a plugin that aborts
 *       a build (a newer build of a job with {@code disableConcurrentBuilds(abortPrevious: true)}:
 *       {@code Result.NOT_BUILT}, workflow-job@cef6bae {@code WorkflowRun.java:377}). The
 *       executor's {@code asynchronousExecution.interrupt} (Executor.java:239-240) makes the
 *       Pipeline call {@code CpsFlowExecution.interrupt(executor.abortResult(), causes)}
 *       (WorkflowRun.java:417-437; not for a controller shutdown, 418-420), which first sets the
 *       execution's result ({@code setResult(result)}, workflow-cps@e007b7f {@code
 *       CpsFlowExecution.java:1300-1301}: {@code result = result.combine(v)}, 1354-1356) and then
 *       stops the running steps (1307-1320). So the result is set before any body sees the
 *       interruption, and stays: it is persisted with the build (1915) and becomes the build's own
 *       ({@code FlowEndNode}, 1421-1425; {@code WorkflowRun.java:1223}).
 *   <li>Nothing a batch goes through sets it: a {@code timeout} cancels its body (workflow-basic-
 *       steps@a789b07 {@code TimeoutStepExecution.java:202}, {@code CpsBodyExecution.java:247-289}:
 *       stops the steps, sets no result), a removed agent fails the step ({@code
 *       ExecutorStepExecution.java:436}), and {@code catchError} sets the run's result, not the
 *       execution's ({@code CatchErrorStep.java:258-272}: so a swallowed batch timeout makes the
 *       run ABORTED, yet claiming goes on). A failing thread sets it only when the whole program
 *       fails ({@code CpsThreadGroup.java:469-474}; a body's thread never fails, {@code
 *       CpsBodyExecution.java:169-179}).
 *   <li>{@code WorkflowRun.doKill} ends the run without the program ({@code
 *       WorkflowRun.java:540-557}): then {@code isBuilding()} is false (897-911).
 * </ul>
 *
 * <p>{@code ABORTED} and {@code NOT_BUILT} are the results of a build that did not run to its end
 * ({@code Result.isCompleteBuild}, jenkins {@code Result.java:71-78, 156-158}); they are compared
 * by identity, as Jenkins keeps each result a single object ({@code Result.java:172-194}).
 *
 * @param result the result the interruption asked for
 * @param reason why no more batches are handed out, for the log, the queue and the verdict
 */
record BuildAbort(Result result, String reason) {

  /** The build's state, read from the step's context; empty while it runs normally. */
  static Optional<BuildAbort> of(Run<?, ?> run, @CheckForNull FlowExecution execution) {
    Result executionResult = execution instanceof CpsFlowExecution cps ? cps.getResult() : null;
    return of(run.isBuilding(), executionResult);
  }

  /**
   * The decision.
   *
   * @param building {@code Run.isBuilding()}
   * @param executionResult the Pipeline execution's result so far, null when unknown
   */
  static Optional<BuildAbort> of(boolean building, @CheckForNull Result executionResult) {
    if (executionResult == Result.ABORTED) {
      return Optional.of(new BuildAbort(Result.ABORTED, "the build was aborted"));
    }
    if (executionResult == Result.NOT_BUILT) {
      return Optional.of(
          new BuildAbort(Result.NOT_BUILT, "the build was stopped (not built: superseded)"));
    }
    if (!building) {
      return Optional.of(new BuildAbort(Result.ABORTED, "the build was killed"));
    }
    return Optional.empty();
  }
}
