package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Compile-only stub of jenkins-core's {@code hudson.Launcher}: a required step context type. */
public abstract class Launcher {

  protected Launcher(@NonNull Launcher launcher) {}

  public boolean isUnix() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
