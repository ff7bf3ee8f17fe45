package hudson;

/** Compile-only stub of jenkins-core's {@code hudson.ExtensionPoint}. */
public interface ExtensionPoint {}
