package hudson.tasks.junit;

import hudson.model.Run;
import hudson.tasks.test.MetaTabulatedResult;
import java.util.Collection;
import java.util.List;

/** Compile-only stub of junit's {@code hudson.tasks.junit.PackageResult}. */
public final class PackageResult extends MetaTabulatedResult implements Comparable<PackageResult> {
  private static final long serialVersionUID = 1L;

  public PackageResult(TestResult parent, String packageName) {}

  @Override
  public Run<?, ?> getRun() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public TestResult getParent() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getName() {
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

  public ClassResult getClassResult(String name) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public Collection<ClassResult> getChildren() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public boolean hasChildren() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public List<CaseResult> getFailedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public int compareTo(PackageResult that) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
