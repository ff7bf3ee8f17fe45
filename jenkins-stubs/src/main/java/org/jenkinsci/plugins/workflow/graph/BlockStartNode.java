package org.jenkinsci.plugins.workflow.graph;

import org.jenkinsci.plugins.workflow.flow.FlowExecution;

/** Compile-only stub of workflow-api's {@code graph.BlockStartNode}. */
public abstract class BlockStartNode extends FlowNode {

  protected BlockStartNode(FlowExecution exec, String id, FlowNode... parents) {
    super(exec, id, parents);
  }
}
