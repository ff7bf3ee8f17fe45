package io.jenkins.plugins.paralleltests;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;
import hudson.model.Run;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.jenkinsci.plugins.workflow.actions.ArgumentsAction;
import org.jenkinsci.plugins.workflow.actions.TimingAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.graph.BlockStartNode;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Why queue mode hands out no more batches: the build is being stopped, or a {@code timeout} around
 * the call has expired; whatever the shards' bodies did with the interruption (a {@code catchError}
 * or a {@code try}/{@code catch} in the body swallows it, and the body returns as if its batch had
 * run). Not judged: an enclosing {@code parallel}'s fail-fast, which only cancels this branch's
 * body ({@code ParallelStep.java:149}, {@code ParallelStepExecution.java:62-68}) and leaves no
 * state a later step could read.
 *
 * <p>What a stopped build is, in the real sources:
 *
 * <ul>
 *   <li>Every stop of a running build goes through its executor: the Stop button and REST {@code
 *       stop} ({@code WorkflowRun.doStop} → jenkins@ff9430e {@code Executor.java:841-871} ({@code
 *       doStop} → {@code doStopBuild} → {@code interrupt()} at 871 → {@code
 *       interrupt(Result.ABORTED)}, lines 159-234), and a plugin that aborts a build (a newer build
 *       of a job with {@code disableConcurrentBuilds(abortPrevious: true)}: {@code
 *       Result.NOT_BUILT}, workflow-job@cef6bae {@code WorkflowRun.java:377}). The executor's
 *       {@code asynchronousExecution.interrupt} (Executor.java:240-241) makes the Pipeline call
 *       {@code CpsFlowExecution.interrupt(executor.abortResult(), causes)}
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
 * @param timeoutNodeId for an expired enclosing {@code timeout}, its step's node id: the claim step
 *     ends the shard with that timeout's own cause ({@code ExceededTimeout(nodeId)}), so the
 *     timeout block turns it into no actual interruption as it leaves, as it does its own
 *     (TimeoutStepExecution.java:242-266); null for a stopped build
 */
record BuildAbort(Result result, String reason, @CheckForNull String timeoutNodeId) {

  /** A stopped build: no timeout of its own. */
  BuildAbort(Result result, String reason) {
    this(result, reason, null);
  }

  /**
   * The build's state, or an enclosing {@code timeout} whose time is up, read from the claim step's
   * context; empty while the shards may go on.
   *
   * <p>A {@code timeout} around the whole call (Declarative's {@code options { timeout(...) }} too)
   * only cancels its body (TimeoutStepExecution.java:202): the build is not interrupted, so its
   * state says nothing, and a body that swallows the cancellation goes on as before. The timeout's
   * own rule is read instead: its deadline is its start plus {@code unit.toMillis(time)}
   * (TimeoutStepExecution.java:68-73, set when it starts, 76-87 and 143-148, and kept across a
   * restart, 91-93 and 110-140), from the arguments and start time its node keeps (workflow-api
   * {@code ArgumentsAction.java:150-154}, stored as written, workflow-cps {@code
   * ArgumentsActionImpl.java:122-140}; {@code TimingAction.java:44-51}). The claim step is never
   * inside a batch's body, so every {@code timeout} enclosing it encloses the shards. An {@code
   * activity: true} timeout restarts with each log line: it is not judged here.
   *
   * <p>Limits: the check compares the controller's wall clock with the block's start, while the
   * real timeout fires after a scheduled delay (TimeoutStepExecution.java:136), so a forward jump
   * of the clock stops claiming early. On a controller started with {@code
   * -Dorg.jenkinsci.plugins.workflow.cps.DSL.keepStepArguments=false} no step keeps its arguments
   * (workflow-cps DSL.java:136-146, 282-293): then {@code time} is missing and nothing is judged.
   *
   * @param node the claim step's node
   * @param now the time now, in milliseconds
   */
  static Optional<BuildAbort> of(
      Run<?, ?> run, @CheckForNull FlowExecution execution, @CheckForNull FlowNode node, long now) {
    Optional<BuildAbort> stopped = of(run, execution);
    if (stopped.isPresent() || node == null) {
      return stopped;
    }
    // Innermost first (workflow-api FlowNode.java:189-196); a step's start node is named by its
    // function (workflow-cps StepStartNode.java:54-61), its body's start node "{".
    for (BlockStartNode block : node.getEnclosingBlocks()) {
      if ("timeout".equals(block.getDisplayFunctionName())) {
        // The node the timeout's own callback compares its ExceededTimeout with: its step's
        // context's FlowNode (TimeoutStepExecution.java:250-259), this start node.
        Optional<BuildAbort> expired =
            expiredTimeout(
                block.getId(),
                ArgumentsAction.getArguments(block),
                TimingAction.getStartTime(block),
                now);
        if (expired.isPresent()) {
          return expired;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A {@code timeout} block's verdict from its node: its arguments ({@code time}, {@code unit},
   * default minutes, {@code activity}; TimeoutStep.java:21-50) and its start ({@code 0}: unknown).
   *
   * @param nodeId the timeout step's node id
   */
  static Optional<BuildAbort> expiredTimeout(
      String nodeId, Map<String, Object> arguments, long start, long now) {
    // Arguments are kept as written (ArgumentsActionImpl.java:122-140): activity: 'true' is a
    // string, which the step itself reads as true (structs DescribableModel.java:488-489,
    // Boolean.valueOf).
    if (start <= 0 || Boolean.parseBoolean(String.valueOf(arguments.get("activity")))) {
      return Optional.empty();
    }
    Object time = arguments.get("time");
    Object unitName = arguments.getOrDefault("unit", TimeUnit.MINUTES);
    long amount;
    TimeUnit unit;
    try {
      amount =
          time instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(time));
      unit = TimeUnit.valueOf(String.valueOf(unitName).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      // Not stored (a NotStoredReason), or not a plain value: the timeout itself still works.
      return Optional.empty();
    }
    // toMillis saturates at Long.MAX_VALUE (a timeout of years): compare elapsed time, which
    // cannot overflow, not a deadline, which could.
    if (now - start < unit.toMillis(amount)) {
      return Optional.empty();
    }
    return Optional.of(
        new BuildAbort(
            Result.ABORTED,
            "the enclosing timeout ("
                + amount
                + " "
                + unit.name().toLowerCase(Locale.ROOT)
                + ") expired",
            nodeId));
  }

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
