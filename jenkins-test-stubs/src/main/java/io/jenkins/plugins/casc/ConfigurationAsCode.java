package io.jenkins.plugins.casc;

import java.io.OutputStream;

/**
 * Compile-only stub of configuration-as-code's {@code ConfigurationAsCode}: applies and exports
 * Configuration as Code YAML.
 */
public class ConfigurationAsCode {

  private ConfigurationAsCode() {}

  public static ConfigurationAsCode get() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void configure(String... configParameters) throws ConfiguratorException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void export(OutputStream out) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
