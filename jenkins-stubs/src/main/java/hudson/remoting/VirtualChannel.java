package hudson.remoting;

/** Compile-only stub of remoting's {@code hudson.remoting.VirtualChannel}. */
public interface VirtualChannel {}
