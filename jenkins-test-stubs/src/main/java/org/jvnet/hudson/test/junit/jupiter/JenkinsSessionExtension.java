package org.jvnet.hudson.test.junit.jupiter;

import java.io.File;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.jvnet.hudson.test.fixtures.JenkinsSessionFixture;

/** Compile-only stub of jenkins-test-harness' {@code JenkinsSessionExtension}. */
public class JenkinsSessionExtension implements BeforeEachCallback, AfterEachCallback {

  public JenkinsSessionExtension() {}

  public File getHome() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public void afterEach(ExtensionContext context) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void then(Step s) throws Throwable {
    throw new UnsupportedOperationException("compile-only stub");
  }

  /** Compile-only stub of {@code JenkinsSessionExtension.Step}. */
  @FunctionalInterface
  public interface Step extends JenkinsSessionFixture.Step {}
}
