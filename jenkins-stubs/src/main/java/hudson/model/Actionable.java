package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

/** Compile-only stub of jenkins-core's {@code hudson.model.Actionable}. */
public abstract class Actionable extends AbstractModelObject {

  @NonNull
  public List<Action> getActions() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public final List<? extends Action> getAllActions() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public <T extends Action> List<T> getActions(Class<T> type) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void addAction(@NonNull Action a) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void replaceAction(@NonNull Action a) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean addOrReplaceAction(@NonNull Action a) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean removeAction(@NonNull Action a) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <T extends Action> T getAction(Class<T> type) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
