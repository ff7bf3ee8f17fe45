package hudson.tasks.junit;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Run;
import hudson.tasks.test.MetaTabulatedResult;
import hudson.tasks.test.TestObject;
import java.util.Collection;
import java.util.List;

/** Compile-only stub of junit's {@code hudson.tasks.junit.TestResult}. */
public final class TestResult extends MetaTabulatedResult {
  private static final long serialVersionUID = 1L;

  public TestResult() {}

  @Override
  public TestObject getParent() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public Run<?, ?> getRun() {
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

  @Override
  public int getTotalCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isEmpty() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public List<CaseResult> getFailedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public List<CaseResult> getPassedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public List<CaseResult> getSkippedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public boolean isPassed() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public Collection<PackageResult> getChildren() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public boolean hasChildren() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Collection<SuiteResult> getSuites() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public PackageResult byPackage(String packageName) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public SuiteResult getSuite(String name) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public TestResult getResultByNode(@NonNull String nodeId) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public TestResult getResultByNodes(@NonNull List<String> nodeIds) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public TestResult getResultForPipelineBlock(@NonNull String blockId) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @CheckForNull
  public CaseResult getCase(String suiteName, String transformedFullDisplayName) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
