package org.jenkinsci.plugins.workflow.cps;

import hudson.model.Descriptor;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/** Compile-only stub of workflow-cps' {@code CpsFlowDefinition}. */
public class CpsFlowDefinition extends FlowDefinition {

  public CpsFlowDefinition(String script) throws Descriptor.FormException {}

  public CpsFlowDefinition(String script, boolean sandbox) throws Descriptor.FormException {}

  public String getScript() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isSandbox() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
