package io.jenkins.plugins.casc;

/** Compile-only stub of configuration-as-code's {@code ConfiguratorException}. */
public class ConfiguratorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ConfiguratorException(String message) {}

  public ConfiguratorException(String message, Throwable cause) {}
}
