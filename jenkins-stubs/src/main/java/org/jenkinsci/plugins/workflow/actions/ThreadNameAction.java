package org.jenkinsci.plugins.workflow.actions;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Compile-only stub of workflow-api's {@code actions.ThreadNameAction}: a parallel branch's name.
 */
public interface ThreadNameAction extends PersistentAction {
  @NonNull
  String getThreadName();
}
