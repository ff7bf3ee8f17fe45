package io.jenkins.plugins.paralleltests;

import java.io.IOException;
import jenkins.model.CauseOfInterruption;

/**
 * Stand-ins for what Pipeline throws when a shard's batch or agent is lost, named as the real
 * classes are: {@link QueueFaults} recognises the plugins' types by name, as they are not
 * dependencies of the offline build (the sources are cited in {@link QueueFaults}).
 */
final class Interruptions {
  private Interruptions() {}

  /** Named as workflow-basic-steps' cause of a timeout (TimeoutStepExecution.java:275-300). */
  static final class ExceededTimeout extends CauseOfInterruption {
    @Override
    public String getShortDescription() {
      return "Timeout has been exceeded";
    }
  }

  /** Named as pipeline-build-step's: a downstream build failed (BuildTriggerListener.java:76). */
  static final class DownstreamFailureCause extends CauseOfInterruption {
    @Override
    public String getShortDescription() {
      return "downstream build failed";
    }
  }

  /** Named as workflow-durable-task-step's (ExecutorStepExecution.java:443-449). */
  static final class RemovedNodeCause extends CauseOfInterruption {
    @Override
    public String getShortDescription() {
      return "Agent was removed";
    }
  }

  /** Named as workflow-durable-task-step's (ExecutorStepExecution.java:385-389). */
  static final class QueueTaskCancelled extends CauseOfInterruption {
    @Override
    public String getShortDescription() {
      return "Queue task was cancelled";
    }
  }

  /** Named as jenkins-core's CauseOfInterruption.UserInterruption: a person aborted the build. */
  static final class UserInterruption extends CauseOfInterruption {
    @Override
    public String getShortDescription() {
      return "Aborted by a person";
    }
  }

  /** Named as jenkins-core's: a step needed the agent while it was gone. */
  static final class AgentOfflineException extends IOException {}

  /** Named as remoting's: the agent's channel closed. */
  static final class ChannelClosedException extends IOException {}
}
