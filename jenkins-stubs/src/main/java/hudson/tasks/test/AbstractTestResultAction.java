package hudson.tasks.test;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.HealthReport;
import hudson.model.HealthReportingAction;
import hudson.model.Run;
import jenkins.model.RunAction2;

/** Compile-only stub of junit's {@code hudson.tasks.test.AbstractTestResultAction}. */
public abstract class AbstractTestResultAction<T extends AbstractTestResultAction>
    implements HealthReportingAction, RunAction2 {

  public transient Run<?, ?> run;

  protected AbstractTestResultAction(Run owner) {}

  protected AbstractTestResultAction() {}

  @Override
  public void onAttached(Run<?, ?> r) {}

  @Override
  public void onLoad(Run<?, ?> r) {}

  public abstract int getFailCount();

  public int getSkipCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract int getTotalCount();

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getUrlName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getIconFileName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public HealthReport getBuildHealth() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract Object getResult();

  @CheckForNull
  public T getPreviousResult() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
