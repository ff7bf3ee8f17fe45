package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Compile-only stub of workflow-step-api's {@code SynchronousNonBlockingStepExecution}. */
public abstract class SynchronousNonBlockingStepExecution<T> extends StepExecution {
  private static final long serialVersionUID = 1L;

  protected SynchronousNonBlockingStepExecution(@NonNull StepContext context) {
    super(context);
  }

  protected abstract T run() throws Exception;

  @Override
  public final boolean start() throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public void stop(@NonNull Throwable cause) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public void onResume() {}

  @Override
  public String getStatus() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
