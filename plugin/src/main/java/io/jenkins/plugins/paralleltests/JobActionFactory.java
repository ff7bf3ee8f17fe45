package io.jenkins.plugins.paralleltests;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Adds the trend page to every job one of whose newest builds recorded a {@code parallelTests} run.
 * A factory rather than a build step's project action, so the page is there whatever the last
 * successful build was.
 */
@Extension
public class JobActionFactory extends TransientActionFactory<Job> {

  @Override
  public Class<Job> type() {
    return Job.class;
  }

  @Override
  public Class<? extends Action> actionType() {
    return ParallelTestsJobAction.class;
  }

  @Override
  @NonNull
  public Collection<? extends Action> createFor(@NonNull Job target) {
    if (!ParallelTestsJobAction.hasRecordedRun(target)) {
      return List.of();
    }
    return List.of(new ParallelTestsJobAction(target));
  }
}
