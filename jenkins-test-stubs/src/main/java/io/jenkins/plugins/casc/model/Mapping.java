package io.jenkins.plugins.casc.model;

import java.util.HashMap;

/** Compile-only stub of configuration-as-code's {@code model.Mapping}: a YAML mapping. */
public final class Mapping extends HashMap<String, CNode> implements CNode {
  private static final long serialVersionUID = 1L;

  public Mapping() {}

  @Override
  public Type getType() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
