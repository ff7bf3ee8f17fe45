package hudson.tasks.junit;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;
import java.util.List;
import java.util.Set;

/** Compile-only stub of junit's {@code hudson.tasks.junit.SuiteResult}. */
public final class SuiteResult implements Serializable {
  private static final long serialVersionUID = 1L;

  private SuiteResult() {}

  public String getName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public float getDuration() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @CheckForNull
  public String getNodeId() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<String> getEnclosingBlocks() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<String> getEnclosingBlockNames() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getFile() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public TestResult getParent() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getTimestamp() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public long getStartTime() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getId() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<CaseResult> getCases() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Set<String> getClassNames() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
