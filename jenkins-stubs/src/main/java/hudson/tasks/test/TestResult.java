package hudson.tasks.test;

import hudson.model.Result;
import java.util.Collection;

/** Compile-only stub of junit's {@code hudson.tasks.test.TestResult}. */
public abstract class TestResult extends TestObject {
  private static final long serialVersionUID = 1L;

  public Result getBuildResult() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public float getDuration() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public int getPassCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public int getFailCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public int getSkipCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Collection<? extends TestResult> getFailedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Collection<? extends TestResult> getPassedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Collection<? extends TestResult> getSkippedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isPassed() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
