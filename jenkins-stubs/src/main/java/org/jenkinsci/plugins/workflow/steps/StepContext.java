package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import com.google.common.util.concurrent.ListenableFuture;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;
import java.io.IOException;
import java.io.Serializable;

/** Compile-only stub of workflow-step-api's {@code StepContext}. */
public abstract class StepContext implements FutureCallback<Object>, Serializable {
  private static final long serialVersionUID = 1L;

  @CheckForNull
  public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

  @Override
  public abstract void onSuccess(@CheckForNull Object result);

  public abstract boolean isReady();

  public abstract ListenableFuture<Void> saveState();

  public abstract void setResult(Result r);

  public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;

  public boolean hasBody() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public abstract boolean equals(Object o);

  @Override
  public abstract int hashCode();
}
