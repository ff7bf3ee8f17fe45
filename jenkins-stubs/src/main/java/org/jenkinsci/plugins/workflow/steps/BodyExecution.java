package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.Collection;
import java.util.concurrent.Future;

/** Compile-only stub of workflow-step-api's {@code BodyExecution}. */
public abstract class BodyExecution implements Future<Object>, Serializable {
  private static final long serialVersionUID = 1L;

  public abstract Collection<StepExecution> getCurrentExecutions();

  @Override
  public boolean cancel(boolean b) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean cancel(Throwable t) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
