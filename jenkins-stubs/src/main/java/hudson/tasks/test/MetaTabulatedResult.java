package hudson.tasks.test;

import java.util.Collection;

/** Compile-only stub of junit's {@code hudson.tasks.test.MetaTabulatedResult}. */
public abstract class MetaTabulatedResult extends TabulatedResult {
  private static final long serialVersionUID = 1L;

  @Override
  public abstract Collection<? extends TestResult> getFailedTests();
}
