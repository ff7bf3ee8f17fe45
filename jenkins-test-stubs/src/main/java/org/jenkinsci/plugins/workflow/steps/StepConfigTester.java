package org.jenkinsci.plugins.workflow.steps;

import org.jvnet.hudson.test.JenkinsRule;

/** Compile-only stub of workflow-step-api's test class {@code StepConfigTester}. */
public final class StepConfigTester {

  public StepConfigTester(JenkinsRule rule) {}

  public <S extends Step> S configRoundTrip(S before) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
