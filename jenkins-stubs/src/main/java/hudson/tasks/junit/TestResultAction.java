package hudson.tasks.junit;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Action;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.test.AbstractTestResultAction;
import java.util.Collection;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;

/** Compile-only stub of junit's {@code hudson.tasks.junit.TestResultAction}. */
public class TestResultAction extends AbstractTestResultAction<TestResultAction>
    implements SimpleBuildStep.LastBuildAction {

  public TestResultAction(Run owner, TestResult result, TaskListener listener) {}

  @Override
  public Collection<? extends Action> getProjectActions() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public synchronized void setResult(TestResult result, TaskListener listener) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public synchronized TestResult getResult() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public synchronized int getFailCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public synchronized int getSkipCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public synchronized int getTotalCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<CaseResult> getFailedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<CaseResult> getPassedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public List<CaseResult> getSkippedTests() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void mergeResult(TestResult additionalResult, TaskListener listener) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
