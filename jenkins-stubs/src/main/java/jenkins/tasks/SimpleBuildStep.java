package jenkins.tasks;

import hudson.model.Action;
import java.util.Collection;

/** Compile-only stub of jenkins-core's {@code jenkins.tasks.SimpleBuildStep} (nested types). */
public interface SimpleBuildStep {

  /** Compile-only stub of {@code SimpleBuildStep.LastBuildAction}. */
  interface LastBuildAction extends Action {
    Collection<? extends Action> getProjectActions();
  }
}
