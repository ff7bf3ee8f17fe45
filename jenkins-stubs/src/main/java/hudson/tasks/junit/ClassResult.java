package hudson.tasks.junit;

import hudson.model.Run;
import hudson.tasks.test.TabulatedResult;
import java.util.Collection;

/** Compile-only stub of junit's {@code hudson.tasks.junit.ClassResult}. */
public final class ClassResult extends TabulatedResult implements Comparable<ClassResult> {
  private static final long serialVersionUID = 1L;

  public ClassResult(PackageResult parent, String className) {}

  @Override
  public Run<?, ?> getRun() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public PackageResult getParent() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public CaseResult getCaseResult(String name) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public Collection<CaseResult> getChildren() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public boolean hasChildren() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public float getDuration() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public long getStartTime() {
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

  public String getClassName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public int compareTo(ClassResult o) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getFullName() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
