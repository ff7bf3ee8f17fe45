package com.cloudbees.groovy.cps;

import groovy.lang.Binding;
import groovy.lang.Script;
import java.io.Serializable;

/** Compile-only stub of groovy-cps' {@code SerializableScript} (part of workflow-cps). */
public abstract class SerializableScript extends Script implements Serializable {
  private static final long serialVersionUID = 1L;

  public SerializableScript() {}

  public SerializableScript(Binding binding) {}
}
