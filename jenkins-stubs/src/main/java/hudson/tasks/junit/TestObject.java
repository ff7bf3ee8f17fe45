package hudson.tasks.junit;

import hudson.model.AbstractModelObject;
import hudson.model.Run;
import java.io.Serializable;

/** Compile-only stub of junit's {@code hudson.tasks.junit.TestObject}. */
public abstract class TestObject extends AbstractModelObject implements Serializable {
  private static final long serialVersionUID = 1L;

  public Run<?, ?> getRun() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract TestObject getParent();

  public abstract float getDuration();

  public abstract String getName();

  public abstract int getPassCount();

  public abstract int getFailCount();

  public abstract int getSkipCount();

  public abstract int getTotalCount();
}
