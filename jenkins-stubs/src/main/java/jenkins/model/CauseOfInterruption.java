package jenkins.model;

import hudson.model.TaskListener;
import java.io.Serializable;

/** Compile-only stub of jenkins-core's {@code jenkins.model.CauseOfInterruption}. */
public abstract class CauseOfInterruption implements Serializable {

  public abstract String getShortDescription();

  public void print(TaskListener listener) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
