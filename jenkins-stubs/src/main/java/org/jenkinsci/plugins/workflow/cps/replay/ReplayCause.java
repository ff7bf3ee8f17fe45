package org.jenkinsci.plugins.workflow.cps.replay;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Cause;
import hudson.model.Run;

/** Compile-only stub of workflow-cps' {@code replay.ReplayCause}: a replayed build's cause. */
public class ReplayCause extends Cause {

  private ReplayCause() {}

  public int getOriginalNumber() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull Run<?, ?> getOriginal() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getShortDescription() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
