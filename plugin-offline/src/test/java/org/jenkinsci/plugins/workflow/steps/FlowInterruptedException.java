package org.jenkinsci.plugins.workflow.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Result;
import java.util.List;
import java.util.stream.Collectors;
import jenkins.model.CauseOfInterruption;

/**
 * The offline tests' stand-in for workflow-step-api's {@code FlowInterruptedException}, ahead of
 * the compile-only stub on the test class path of this module only (the real plugin build's tests
 * use the real class). Queue mode's script decides by {@link #isActualInterruption()} and {@link
 * #getCauses()} (the plugin's {@code QueueFaults}), which the stub cannot answer: this class keeps
 * what it was made with, and nothing else. Who sets which flag is read in the real sources and
 * cited in {@code QueueFaults}; the JenkinsRule tests ({@code ParallelTestsQueueITest}) check it
 * against real Jenkins.
 *
 * <p>Same signatures as the stub (and the real class): workflow-step-api@0773c3c {@code
 * FlowInterruptedException.java:85, 91-101, 115}.
 */
public final class FlowInterruptedException extends InterruptedException {

  private final Result result;
  private final List<CauseOfInterruption> causes;
  private final boolean actualInterruption;

  public FlowInterruptedException(
      @NonNull Result result, boolean actualInterruption, @NonNull CauseOfInterruption... causes) {
    this.result = result;
    this.causes = List.of(causes);
    this.actualInterruption = actualInterruption;
  }

  @NonNull
  public Result getResult() {
    return result;
  }

  @NonNull
  public List<CauseOfInterruption> getCauses() {
    return causes;
  }

  public boolean isActualInterruption() {
    return actualInterruption;
  }

  @Override
  public String getMessage() {
    return causes.stream()
        .map(CauseOfInterruption::getShortDescription)
        .collect(Collectors.joining(", "));
  }
}
