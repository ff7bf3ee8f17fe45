package io.jenkins.plugins.casc;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Compile-only stub of configuration-as-code's {@code ConfiguratorRegistry}. */
public interface ConfiguratorRegistry {

  static @NonNull ConfiguratorRegistry get() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
