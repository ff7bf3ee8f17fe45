package org.jenkinsci.plugins.workflow.actions;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.Map;
import org.jenkinsci.plugins.workflow.graph.FlowNode;

/**
 * Compile-only stub of workflow-api's {@code actions.ArgumentsAction}: the arguments a step of the
 * graph was called with.
 */
public abstract class ArgumentsAction implements PersistentAction {

  @NonNull
  public static Map<String, Object> getArguments(@NonNull FlowNode n) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  protected abstract Map<String, Object> getArgumentsInternal();
}
