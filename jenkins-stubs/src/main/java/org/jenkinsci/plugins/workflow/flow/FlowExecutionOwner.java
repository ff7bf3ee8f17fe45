package org.jenkinsci.plugins.workflow.flow;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Queue;
import java.io.Serializable;

/** Compile-only stub of workflow-api's {@code flow.FlowExecutionOwner}. */
public abstract class FlowExecutionOwner implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Compile-only stub of {@code FlowExecutionOwner.Executable}: what a Pipeline build is. */
  public interface Executable extends Queue.Executable {
    @CheckForNull
    FlowExecutionOwner asFlowExecutionOwner();
  }
}
