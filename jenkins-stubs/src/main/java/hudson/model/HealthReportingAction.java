package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Compile-only stub of jenkins-core's {@code hudson.model.HealthReportingAction}. */
public interface HealthReportingAction extends Action {
  @CheckForNull
  HealthReport getBuildHealth();
}
