package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/** Compile-only stub of workflow-step-api's {@code Step}. */
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {

  public abstract StepExecution start(StepContext context) throws Exception;

  @Override
  public StepDescriptor getDescriptor() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
