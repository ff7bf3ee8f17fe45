package hudson.slaves;

/** Compile-only stub of jenkins-core's {@code hudson.slaves.DumbSlave}: an agent in tests. */
public final class DumbSlave {

  private DumbSlave() {}
}
