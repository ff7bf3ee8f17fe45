package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionList;
import hudson.model.Descriptor;
import java.util.Map;
import java.util.Set;

/** Compile-only stub of workflow-step-api's {@code StepDescriptor}. */
public abstract class StepDescriptor extends Descriptor<Step> {

  public abstract Set<? extends Class<?>> getRequiredContext();

  public Set<? extends Class<?>> getProvidedContext() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract String getFunctionName();

  public boolean takesImplicitBlockArgument() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isAdvanced() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Step newInstance(Map<String, Object> arguments) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Map<String, Object> defineArguments(Step step) throws UnsupportedOperationException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static ExtensionList<StepDescriptor> all() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static StepDescriptor byFunctionName(String name) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
