package hudson.tasks.junit;

import hudson.model.Run;
import hudson.tasks.test.TestResult;
import java.util.List;

/** Compile-only stub of junit's {@code hudson.tasks.junit.CaseResult}. */
public class CaseResult extends TestResult implements Comparable<CaseResult> {
  private static final long serialVersionUID = 1L;

  public CaseResult(SuiteResult parent, String testName, String errorStackTrace) {}

  @Override
  public ClassResult getParent() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getDisplayName() {
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

  public long getStartTime() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getClassName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getSimpleName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getPackageName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getFullName() {
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
  public int getPassCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getErrorDetails() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public boolean isPassed() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isSkipped() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isFailed() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public SuiteResult getSuiteResult() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public List<String> getEnclosingFlowNodeNames() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public Run<?, ?> getRun() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public int compareTo(CaseResult that) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Status getStatus() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  /** Compile-only stub of {@code CaseResult.Status}. */
  public enum Status {
    PASSED,
    SKIPPED,
    FAILED,
    FIXED,
    REGRESSION
  }
}
