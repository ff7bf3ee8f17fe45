package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** Compile-only stub of workflow-step-api's {@code StepExecution}. */
public abstract class StepExecution implements Serializable {
  private static final long serialVersionUID = 1L;

  @Deprecated
  protected StepExecution() {}

  protected StepExecution(@NonNull StepContext context) {}

  @NonNull
  public StepContext getContext() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract boolean start() throws Exception;

  public void stop(@NonNull Throwable cause) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void onResume() {}

  public String getStatus() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean blocksRestart() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
