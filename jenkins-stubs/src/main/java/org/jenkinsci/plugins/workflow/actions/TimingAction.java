package org.jenkinsci.plugins.workflow.actions;

import hudson.model.Action;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/** Compile-only stub of workflow-api's {@code actions.TimingAction}: when a node started. */
public class TimingAction implements Action {

  public long getStartTime() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static long getStartTime(FlowNode flowNode) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getIconFileName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getUrlName() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
