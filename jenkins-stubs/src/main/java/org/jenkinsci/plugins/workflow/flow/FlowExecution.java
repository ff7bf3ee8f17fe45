package org.jenkinsci.plugins.workflow.flow;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;
import java.io.IOException;
import java.util.List;
import jenkins.model.CauseOfInterruption;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/** Compile-only stub of workflow-api's {@code flow.FlowExecution}: a running Pipeline's graph. */
public abstract class FlowExecution {

  public abstract @NonNull FlowExecutionOwner getOwner();

  public abstract List<FlowNode> getCurrentHeads();

  public abstract @CheckForNull FlowNode getNode(String id) throws IOException;

  public abstract void interrupt(Result r, CauseOfInterruption... causes)
      throws IOException, InterruptedException;
}
