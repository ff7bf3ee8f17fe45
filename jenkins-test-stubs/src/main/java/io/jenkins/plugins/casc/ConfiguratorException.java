package io.jenkins.plugins.casc;

/** Compile-only stub of configuration-as-code's {@code ConfiguratorException}. */
public class ConfiguratorException extends RuntimeException {

  private ConfiguratorException() {}
}
