package hudson.model;

import java.util.Collection;
import java.util.List;
import jenkins.model.RunAction2;

/** Compile-only stub of jenkins-core's {@code hudson.model.CauseAction}. */
public class CauseAction implements RunAction2 {

  public CauseAction(Cause c) {}

  public CauseAction(Cause... c) {}

  public CauseAction(Collection<? extends Cause> causes) {}

  public List<Cause> getCauses() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <T extends Cause> T findCause(Class<T> type) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getIconFileName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getUrlName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public void onLoad(Run<?, ?> owner) {}

  @Override
  public void onAttached(Run<?, ?> owner) {}
}
