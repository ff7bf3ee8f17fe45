package io.jenkins.plugins.checks.steps;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.Serializable;

/**
 * Compile-only stub of checks-api's {@code ChecksInfo}, which {@code withChecks} puts in context.
 */
public class ChecksInfo implements Serializable {
  public ChecksInfo(final String name) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public ChecksInfo(final String name, @CheckForNull final String detailsURL) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @CheckForNull
  public String getDetailsURL() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
