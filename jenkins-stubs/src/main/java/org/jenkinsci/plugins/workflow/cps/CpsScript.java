package org.jenkinsci.plugins.workflow.cps;

import com.cloudbees.groovy.cps.SerializableScript;
import hudson.model.Run;
import java.io.IOException;

/** Compile-only stub of workflow-cps' {@code CpsScript}, the base class of a Pipeline script. */
public abstract class CpsScript extends SerializableScript {
  private static final long serialVersionUID = 1L;

  public CpsScript() throws IOException {}

  @Override
  public final Object invokeMethod(String name, Object args) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public Object getProperty(String property) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Run<?, ?> $build() throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
