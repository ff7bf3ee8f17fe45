package org.jenkinsci.plugins.workflow.cps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import java.util.List;

/** Compile-only stub of workflow-cps' {@code GroovySourceFileAllowlist}. */
public abstract class GroovySourceFileAllowlist implements ExtensionPoint {

  public abstract boolean isAllowed(@NonNull String groovySourceFileUrl);

  public static @NonNull List<GroovySourceFileAllowlist> all() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
