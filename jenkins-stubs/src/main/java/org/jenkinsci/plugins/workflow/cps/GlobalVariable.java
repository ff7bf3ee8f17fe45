package org.jenkinsci.plugins.workflow.cps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Run;

/** Compile-only stub of workflow-cps' {@code GlobalVariable}. */
public abstract class GlobalVariable implements ExtensionPoint {

  public abstract @NonNull String getName();

  public abstract @NonNull Object getValue(@NonNull CpsScript script) throws Exception;

  public static @CheckForNull GlobalVariable byName(
      @NonNull String name, @CheckForNull Run<?, ?> run) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
