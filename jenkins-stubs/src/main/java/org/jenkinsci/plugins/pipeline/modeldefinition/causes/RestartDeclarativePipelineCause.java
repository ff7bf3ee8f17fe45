package org.jenkinsci.plugins.pipeline.modeldefinition.causes;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Cause;
import hudson.model.Run;

/**
 * Compile-only stub of pipeline-model-definition's {@code RestartDeclarativePipelineCause}: the
 * cause of a build restarted from a stage.
 */
public class RestartDeclarativePipelineCause extends Cause {

  public RestartDeclarativePipelineCause(
      @NonNull Run<?, ?> original, @NonNull String originStage) {}

  public int getOriginRunNumber() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public String getOriginStage() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @CheckForNull
  public Run<?, ?> getOriginal() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getShortDescription() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
