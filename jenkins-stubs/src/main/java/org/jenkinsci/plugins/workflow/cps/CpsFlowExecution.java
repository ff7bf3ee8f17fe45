package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Result;
import java.io.IOException;
import java.util.List;
import jenkins.model.CauseOfInterruption;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Compile-only stub of workflow-cps' {@code CpsFlowExecution}: a running Groovy Pipeline. The
 * plugin reads only {@link #getResult()}, which {@code interrupt} sets before it stops the steps.
 */
public class CpsFlowExecution extends FlowExecution {

  @Deprecated
  public CpsFlowExecution(String script, FlowExecutionOwner owner) throws IOException {}

  @Override
  public FlowExecutionOwner getOwner() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public synchronized List<FlowNode> getCurrentHeads() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public FlowNode getNode(String id) throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public void interrupt(Result result, CauseOfInterruption... causes)
      throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Result getResult() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
