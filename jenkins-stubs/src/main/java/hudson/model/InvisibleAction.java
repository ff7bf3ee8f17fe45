package hudson.model;

/** Compile-only stub of jenkins-core's {@code hudson.model.InvisibleAction}. */
public abstract class InvisibleAction implements Action {

  @Override
  public final String getIconFileName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public final String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getUrlName() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
