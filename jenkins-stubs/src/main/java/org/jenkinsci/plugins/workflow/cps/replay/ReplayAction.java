package org.jenkinsci.plugins.workflow.cps.replay;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.queue.QueueTaskFuture;
import java.util.Map;

/** Compile-only stub of workflow-cps' {@code replay.ReplayAction}: replays a build. */
public class ReplayAction implements Action {

  private ReplayAction() {}

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getIconFileName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getUrlName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @SuppressWarnings("rawtypes")
  public @CheckForNull QueueTaskFuture run(
      @NonNull String replacementMainScript,
      @NonNull Map<String, String> replacementLoadedScripts,
      boolean rebuilt) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
