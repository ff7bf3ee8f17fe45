package hudson;

import hudson.model.Saveable;

/** Compile-only stub of jenkins-core's {@code hudson.Plugin}. */
public abstract class Plugin implements Saveable {
  protected Plugin() {}
}
