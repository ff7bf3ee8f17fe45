package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import java.util.Collection;

/** Compile-only stub of workflow-step-api's {@code BodyInvoker}. */
public abstract class BodyInvoker {

  public abstract BodyInvoker withContext(Object override);

  public BodyInvoker withContexts(Object... overrides) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public BodyInvoker withContexts(Collection<?> overrides) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract BodyInvoker withDisplayName(String name);

  public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

  @Deprecated
  public final BodyInvoker withCallback(FutureCallback<Object> callback) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract BodyExecution start();
}
