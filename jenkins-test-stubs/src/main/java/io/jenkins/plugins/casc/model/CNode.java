package io.jenkins.plugins.casc.model;

/** Compile-only stub of configuration-as-code's {@code model.CNode}: a YAML node. */
public interface CNode extends Cloneable {

  Type getType();

  /** Compile-only stub of {@code CNode.Type}. */
  enum Type {
    MAPPING,
    SEQUENCE,
    SCALAR
  }
}
