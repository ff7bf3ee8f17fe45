package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Compile-only stub of workflow-step-api's {@code SynchronousStepExecution}. */
public abstract class SynchronousStepExecution<T> extends StepExecution {
  private static final long serialVersionUID = 1L;

  protected SynchronousStepExecution(@NonNull StepContext context) {
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
}
