package org.jenkinsci.plugins.workflow.steps;

import jenkins.model.CauseOfInterruption;

/**
 * Compile-only stub of workflow-basic-steps' {@code TimeoutStepExecution}
 * (workflow-basic-steps@a789b07 {@code TimeoutStepExecution.java:39}), for its nested cause only:
 * queue mode's claim step ends a shard with the cause of the enclosing {@code timeout} whose time
 * is up. Its superclass is left out (stub-omissions.txt).
 */
public class TimeoutStepExecution {

  private TimeoutStepExecution() {}

  /** The cause a {@code timeout} block interrupts its body with (lines 275-302). */
  public static final class ExceededTimeout extends CauseOfInterruption {

    public ExceededTimeout(String nodeId) {}

    public String getNodeId() {
      throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getShortDescription() {
      throw new UnsupportedOperationException("compile-only stub");
    }
  }
}
