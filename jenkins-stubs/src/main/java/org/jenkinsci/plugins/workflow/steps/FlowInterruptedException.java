package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;
import java.util.List;
import jenkins.model.CauseOfInterruption;

/**
 * Compile-only stub of workflow-step-api's {@code FlowInterruptedException}: how a Pipeline body
 * ends when it is aborted, stopped by fail-fast, or timed out.
 */
public final class FlowInterruptedException extends InterruptedException {

  public FlowInterruptedException(
      @NonNull Result result, boolean actualInterruption, @NonNull CauseOfInterruption... causes) {}

  @NonNull
  public Result getResult() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<CauseOfInterruption> getCauses() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isActualInterruption() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
