package io.jenkins.plugins.paralleltests;

import hudson.EnvVars;
import hudson.model.Job;
import hudson.model.Run;
import org.jenkinsci.plugins.workflow.cps.GlobalVariable;

/**
 * Whether {@code checkout scm} works in this build: workflow-multibranch's {@code scm} variable
 * answers for a branch job of a multibranch project, and for a job whose definition is a Pipeline
 * script from SCM; anything else makes it fail (workflow-multibranch@59f7718 SCMVar.getValue).
 */
final class ScmCheckout {
  static final String SCM_DEFINITION = "org.jenkinsci.plugins.workflow.cps.CpsScmFlowDefinition";

  private ScmCheckout() {}

  static boolean available(Run<?, ?> run, EnvVars env) {
    if (GlobalVariable.byName("scm", run) == null) {
      return false;
    }
    // Branch API sets BRANCH_NAME for every branch job (branch-api@e73a56d
    // BranchNameContributor.java:65).
    return env.containsKey("BRANCH_NAME") || scriptFromScm(run.getParent());
  }

  /**
   * WorkflowJob.getDefinition(), read by reflection: workflow-job is not a dependency of this
   * plugin (only its Run and Job supertypes are used).
   */
  private static boolean scriptFromScm(Job<?, ?> job) {
    try {
      Object definition = job.getClass().getMethod("getDefinition").invoke(job);
      return definition != null && definition.getClass().getName().equals(SCM_DEFINITION);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}
