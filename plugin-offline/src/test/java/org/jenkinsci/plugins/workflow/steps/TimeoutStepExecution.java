package org.jenkinsci.plugins.workflow.steps;

import jenkins.model.CauseOfInterruption;

/**
 * The offline tests' stand-in for workflow-basic-steps' {@code TimeoutStepExecution}, ahead of the
 * compile-only stub on the test class path of this module only (the real plugin build's tests use
 * the real class), as {@link FlowInterruptedException} is: its nested {@code ExceededTimeout} keeps
 * the node id it was made with and answers the real description, so the script test can play the
 * timeout block's own rule (workflow-basic-steps@a789b07 {@code TimeoutStepExecution.java:242-266}:
 * leaving the block whose node id it carries, the interruption is no actual one any more).
 *
 * <p>Same signatures as the stub (and the real class, lines 275-302).
 */
public class TimeoutStepExecution {

  private TimeoutStepExecution() {}

  /** Keeps its node id; the real description (line 300). */
  public static final class ExceededTimeout extends CauseOfInterruption {

    private final String nodeId;

    public ExceededTimeout(String nodeId) {
      this.nodeId = nodeId;
    }

    public String getNodeId() {
      return nodeId;
    }

    @Override
    public String getShortDescription() {
      return "Timeout has been exceeded";
    }
  }
}
