package org.jenkinsci.plugins.workflow.cps;

import org.jenkinsci.plugins.workflow.steps.Step;
import org.jvnet.hudson.test.JenkinsRule;

/** Compile-only stub of workflow-cps' test class {@code SnippetizerTester}. */
public class SnippetizerTester {

  public SnippetizerTester(JenkinsRule r) {}

  public void assertGenerateSnippet(String json, String responseText, String referer)
      throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void assertRoundTrip(Step step, String expected) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void assertParseStep(Step expectedStep, String script) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
