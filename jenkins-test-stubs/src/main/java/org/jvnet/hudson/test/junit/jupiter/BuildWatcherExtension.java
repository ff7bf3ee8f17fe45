package org.jvnet.hudson.test.junit.jupiter;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Compile-only stub of jenkins-test-harness' {@code BuildWatcherExtension}. */
public class BuildWatcherExtension implements BeforeAllCallback, AfterAllCallback {

  public BuildWatcherExtension() {}

  @Override
  public void beforeAll(ExtensionContext context) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public void afterAll(ExtensionContext context) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
