package org.jenkinsci.plugins.workflow.actions;

/** Compile-only stub of workflow-api's {@code actions.LabelAction}: a block's label. */
public class LabelAction implements PersistentAction {

  public LabelAction(String displayName) {}

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
