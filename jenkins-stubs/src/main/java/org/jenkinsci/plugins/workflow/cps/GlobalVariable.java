package org.jenkinsci.plugins.workflow.cps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;

/** Compile-only stub of workflow-cps' {@code GlobalVariable}. */
public abstract class GlobalVariable implements ExtensionPoint {

  public abstract @NonNull String getName();

  public abstract @NonNull Object getValue(@NonNull CpsScript script) throws Exception;
}
