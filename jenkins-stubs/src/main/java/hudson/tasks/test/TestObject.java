package hudson.tasks.test;

/** Compile-only stub of junit's {@code hudson.tasks.test.TestObject}. */
public abstract class TestObject extends hudson.tasks.junit.TestObject {
  private static final long serialVersionUID = 1L;

  @Override
  public abstract TestObject getParent();

  public String getFullDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public abstract float getDuration();

  @Override
  public String getName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getFullName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public abstract int getPassCount();

  @Override
  public abstract int getFailCount();

  @Override
  public abstract int getSkipCount();

  @Override
  public int getTotalCount() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
