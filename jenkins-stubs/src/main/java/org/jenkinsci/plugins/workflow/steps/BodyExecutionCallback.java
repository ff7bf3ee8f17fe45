package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.io.Serializable;

/** Compile-only stub of workflow-step-api's {@code BodyExecutionCallback}. */
public abstract class BodyExecutionCallback implements Serializable {
  private static final long serialVersionUID = 1L;

  public void onStart(StepContext context) {}

  public abstract void onSuccess(StepContext context, Object result);

  public abstract void onFailure(StepContext context, Throwable t);

  public static BodyExecutionCallback wrap(FutureCallback<Object> v) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  /** Compile-only stub of {@code BodyExecutionCallback.TailCall}. */
  public abstract static class TailCall extends BodyExecutionCallback {
    private static final long serialVersionUID = 1L;

    protected abstract void finished(StepContext context) throws Exception;

    @Override
    public final void onSuccess(StepContext context, Object result) {
      throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public void onFailure(StepContext context, Throwable t) {
      throw new UnsupportedOperationException("compile-only stub");
    }
  }
}
