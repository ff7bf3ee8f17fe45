package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;
import java.io.Serializable;

/** Compile-only stub of jenkins-core's {@code jenkins.model.CauseOfInterruption}. */
public abstract class CauseOfInterruption implements Serializable {

  public abstract String getShortDescription();

  public void print(TaskListener listener) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  /** A person aborted the build. */
  public static final class UserInterruption extends CauseOfInterruption {

    public UserInterruption(@NonNull String userId) {}

    @Override
    public String getShortDescription() {
      throw new UnsupportedOperationException("compile-only stub");
    }
  }
}
