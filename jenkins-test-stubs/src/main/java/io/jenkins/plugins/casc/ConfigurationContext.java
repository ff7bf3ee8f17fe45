package io.jenkins.plugins.casc;

/** Compile-only stub of configuration-as-code's {@code ConfigurationContext}. */
public class ConfigurationContext implements ConfiguratorRegistry {

  public ConfigurationContext(ConfiguratorRegistry registry) {}
}
