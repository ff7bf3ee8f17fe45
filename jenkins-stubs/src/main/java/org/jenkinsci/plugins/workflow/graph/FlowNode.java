package org.jenkinsci.plugins.workflow.graph;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Actionable;
import hudson.model.Saveable;
import java.io.IOException;
import java.util.List;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;

/** Compile-only stub of workflow-api's {@code graph.FlowNode}: one node of a Pipeline's graph. */
public abstract class FlowNode extends Actionable implements Saveable {

  protected FlowNode(FlowExecution exec, String id, FlowNode... parents) {}

  public final boolean isActive() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public FlowExecution getExecution() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<FlowNode> getParents() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<? extends BlockStartNode> getEnclosingBlocks() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public String getId() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public String getDisplayFunctionName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  protected abstract String getTypeDisplayName();

  @CheckForNull
  public final <T extends Action> T getPersistentAction(@NonNull Class<T> type) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public void save() throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
