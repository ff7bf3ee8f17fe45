package io.jenkins.plugins.paralleltests;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import jenkins.model.CauseOfInterruption;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;

/**
 * What queue mode's script ({@code ParallelTests.groovy}) does with what a shard threw: only a real
 * interruption (a person or the build aborting it) ends the shard's branch with its error; a
 * timeout or a lost agent loses the batch in flight, which the queue gives to another shard, and
 * the recording step judges the run from the queue.
 *
 * <p>What Pipeline throws, read in the real sources:
 *
 * <ul>
 *   <li>The build aborted (a person, or {@code WorkflowRun} stopping it): {@code
 *       CpsFlowExecution.interrupt} stops the running steps with {@code new
 *       FlowInterruptedException(result, causes)} (workflow-cps@e007b7f {@code
 *       CpsFlowExecution.java:1304}), whose {@code actualInterruption} is true
 *       (workflow-step-api@0773c3c {@code FlowInterruptedException.java:75-77}).
 *   <li>A {@code timeout} whose time is up: the body's steps end with a FlowInterruptedException
 *       whose cause is {@code ExceededTimeout}; when it leaves the timeout block it set, the
 *       timeout's callback sets {@code actualInterruption} to false (workflow-basic-steps@a789b07
 *       {@code TimeoutStepExecution.java:202, 243-262}; not when the {@code
 *       TimeoutStepExecution.forceInterruption} system property is set, line 45: then a timeout
 *       aborts the build, as its administrator asked).
 *   <li>An agent removed while its {@code node} block runs: {@code new
 *       FlowInterruptedException(Result.ABORTED, false, new RemovedNodeCause())}
 *       (workflow-durable-task-step@46cb22f {@code ExecutorStepExecution.java:436}); an agent that
 *       does not come back after a controller restart: {@code RemovedNodeTimeoutCause} with {@code
 *       actualInterruption} true ({@code ExecutorStepDynamicContext.java:114}, "TODO false probably
 *       more appropriate"; {@code ExecutorPickle.java:125}, the constructor that sets true) or
 *       false ({@code DurableTaskStep.java:412}); a shard's node request cancelled, from the queue
 *       or on resume: {@code QueueTaskCancelled}, true ({@code ExecutorStepExecution.java:284},
 *       {@code ExecutorStepDynamicContext.java:117}, {@code ExecutorPickle.java:134}). All three
 *       causes are what {@code AgentErrorCondition} retries ({@code AgentErrorCondition.java:58},
 *       {@code ExecutorStepExecution.java:460}): an agent error, whatever the flag says.
 *   <li>A step that needs the agent while it is gone throws, without any interruption: {@code
 *       AgentOfflineException} ({@code ExecutorStepDynamicContext.java:188}, {@code
 *       FilePathDynamicContext.java:77}), a closed channel ({@code ChannelClosedException}, and
 *       what remoting@fa5f12a {@code Channel.isClosedChannelException} recognises, lines 2052-2070:
 *       {@code ClosedChannelException}, {@code EOFException}, in the causes or suppressed), or
 *       {@code MissingContextVariableException} for the workspace, launcher or node after a
 *       restart; the same list as {@code AgentErrorCondition.java:54-72}.
 * </ul>
 *
 * <p>workflow-basic-steps and workflow-durable-task-step are not compile dependencies of the
 * offline build, so their types are recognised by name.
 */
public final class QueueFaults {

  /** Causes of an interruption that mean the shard's agent is gone or never came. */
  static final Set<String> AGENT_CAUSES =
      Set.of("RemovedNodeCause", "RemovedNodeTimeoutCause", "QueueTaskCancelled");

  /** The marker interface {@code AgentErrorCondition} retries (other plugins' causes too). */
  static final String RETRYABLE =
      "org.jenkinsci.plugins.workflow.support.steps.AgentErrorCondition$Retryable";

  /** Exceptions, anywhere in the chain, that mean the agent is gone. */
  static final Set<String> AGENT_EXCEPTIONS =
      Set.of(
          "AgentOfflineException",
          "ChannelClosedException",
          "ClosedChannelException",
          "EOFException",
          "RequestAbortedException",
          "MissingContextVariableException");

  private QueueFaults() {}

  /**
   * True when {@code t} is a real interruption: the build, or a person, aborted it. Then the
   * shard's branch ends with it, and the build is aborted.
   */
  public static boolean abortsTheBuild(Throwable t) {
    if (!(t instanceof FlowInterruptedException interruption)) {
      return false;
    }
    return abortsTheBuild(true, interruption.isActualInterruption(), causes(interruption));
  }

  /**
   * True when {@code t} says the shard's agent is gone (or its request for one was cancelled): its
   * batch in flight goes to another shard.
   */
  public static boolean agentLost(Throwable t) {
    return agentLost(t, Collections.newSetFromMap(new IdentityHashMap<>()));
  }

  /** Through causes and suppressed exceptions, as remoting's Channel.java:2052-2070 does. */
  private static boolean agentLost(Throwable t, Set<Throwable> seen) {
    if (t == null || !seen.add(t)) {
      return false;
    }
    if (t instanceof FlowInterruptedException interruption
        && causes(interruption).stream()
            .anyMatch(c -> AGENT_CAUSES.contains(c) || c.equals("Retryable"))) {
      return true;
    }
    // Subclasses too (AsynchronousCloseException is a ClosedChannelException): remoting's own
    // test is instanceof (remoting@fa5f12a Channel.java:2061-2066).
    for (Class<?> c = t.getClass(); c != null; c = c.getSuperclass()) {
      if (AGENT_EXCEPTIONS.contains(c.getSimpleName())) {
        return true;
      }
    }
    if (agentLost(t.getCause(), seen)) {
      return true;
    }
    for (Throwable x : t.getSuppressed()) {
      if (agentLost(x, seen)) {
        return true;
      }
    }
    return false;
  }

  /**
   * True when a batch whose body threw {@code t} did not run and goes back to the queue: its
   * timeout fired, its agent is gone, or the build is being aborted (then the branch also ends with
   * {@code t}). Any other error, an interruption from elsewhere included (a downstream build the
   * body waited for failing: pipeline-build-step@4b67ea1 {@code BuildTriggerListener.java:76}), is
   * a batch that ran and failed: it is published and fails the branch, as in static mode.
   */
  public static boolean losesTheBatch(Throwable t) {
    return abortsTheBuild(t) || agentLost(t) || timedOut(t);
  }

  /**
   * True when what a queue shard's branch threw outside a batch's body ends the branch with it: a
   * real interruption always; otherwise only an error before the shard had anything in flight or
   * had lost a batch that is not a lost agent ({@code prepare} failing, an image that cannot be
   * pulled), as in static mode. A shard that lost its agent, or lost a batch and is tearing down,
   * ends quietly: the queue, not the branch, says whether every unit ran.
   *
   * @param batchInFlight whether a batch was claimed and not yet reported
   * @param lostBatch whether the shard has lost a batch already
   */
  public static boolean endsTheBranch(Throwable t, boolean batchInFlight, boolean lostBatch) {
    return abortsTheBuild(t) || (!batchInFlight && !lostBatch && !agentLost(t));
  }

  /**
   * The interruption of a {@code timeout} step whose time is up (TimeoutStepExecution.java:202).
   */
  static boolean timedOut(Throwable t) {
    return t instanceof FlowInterruptedException interruption
        && causes(interruption).contains("ExceededTimeout");
  }

  /**
   * Why a batch or shard was lost, for the queue's record, the log and the build page:
   * "interrupted: " and the interruption's causes ("Timeout has been exceeded", "Agent was
   * removed"), or the exception's simple name and message.
   */
  public static String reason(Throwable t) {
    if (t instanceof FlowInterruptedException interruption) {
      List<String> causes = new ArrayList<>();
      for (CauseOfInterruption cause : interruption.getCauses()) {
        causes.add(cause.getShortDescription());
      }
      return "interrupted: " + (causes.isEmpty() ? "aborted" : String.join(", ", causes));
    }
    String message = t.getMessage();
    return t.getClass().getSimpleName()
        + (message == null || message.isBlank() ? "" : ": " + message);
  }

  /**
   * The decision, on what was read from the exception.
   *
   * @param interruption whether it is a {@code FlowInterruptedException}
   * @param actual its {@code isActualInterruption()}
   * @param causes the simple names of its causes' classes (and "Retryable" for a cause that is an
   *     {@code AgentErrorCondition.Retryable})
   */
  static boolean abortsTheBuild(boolean interruption, boolean actual, List<String> causes) {
    return interruption
        && actual
        && causes.stream().noneMatch(c -> AGENT_CAUSES.contains(c) || c.equals("Retryable"));
  }

  private static List<String> causes(FlowInterruptedException interruption) {
    List<String> names = new ArrayList<>();
    for (CauseOfInterruption cause : interruption.getCauses()) {
      names.add(cause.getClass().getSimpleName());
      if (isRetryable(cause.getClass())) {
        names.add("Retryable");
      }
    }
    return names;
  }

  private static boolean isRetryable(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      for (Class<?> i : c.getInterfaces()) {
        if (i.getName().equals(RETRYABLE)) {
          return true;
        }
      }
    }
    return false;
  }
}
