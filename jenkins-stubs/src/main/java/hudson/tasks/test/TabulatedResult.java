package hudson.tasks.test;

import java.util.Collection;

/** Compile-only stub of junit's {@code hudson.tasks.test.TabulatedResult}. */
public abstract class TabulatedResult extends TestResult {
  private static final long serialVersionUID = 1L;

  public abstract Collection<? extends TestResult> getChildren();

  public abstract boolean hasChildren();
}
