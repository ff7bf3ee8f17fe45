package hudson.security;

/** Compile-only stub of jenkins-core's {@code hudson.security.ACLContext}. */
public class ACLContext implements AutoCloseable {

  private ACLContext() {}

  @Override
  public void close() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
