package org.jenkinsci.plugins.workflow.test.steps;

import hudson.model.Run;
import java.io.IOException;
import java.io.Serializable;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;

/** Compile-only stub of workflow-support's test step {@code SemaphoreStep}. */
public final class SemaphoreStep extends Step implements Serializable {
  private static final long serialVersionUID = 1L;

  public SemaphoreStep(String id) {}

  public String getId() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static void success(String k, Object returnValue) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static void failure(String k, Throwable error) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static void waitForStart(String k, Run<?, ?> b) throws IOException, InterruptedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public StepExecution start(StepContext context) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
