package io.jenkins.plugins.casc;

import java.io.OutputStream;
import java.util.Collection;

/** Compile-only stub of configuration-as-code's {@code ConfigurationAsCode}: apply and export. */
public class ConfigurationAsCode {

  public void configure() throws ConfiguratorException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void configure(String... configParameters) throws ConfiguratorException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void configure(Collection<String> configParameters) throws ConfiguratorException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void export(OutputStream out) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static ConfigurationAsCode get() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
