package hudson.model;

import java.util.List;

/** Compile-only stub of jenkins-core's {@code hudson.model.Cause}. */
public abstract class Cause {

  public abstract String getShortDescription();

  public void onAddedTo(Run build) {}

  public void onLoad(Run<?, ?> build) {}

  public void print(TaskListener listener) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  /** Compile-only stub of {@code Cause.UserIdCause}. */
  public static class UserIdCause extends Cause {
    public UserIdCause() {}

    public UserIdCause(String userId) {}

    public String getUserId() {
      throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getShortDescription() {
      throw new UnsupportedOperationException("compile-only stub");
    }
  }

  /** Compile-only stub of {@code Cause.UpstreamCause}. */
  public static class UpstreamCause extends Cause {
    public UpstreamCause(Run<?, ?> up) {}

    public String getUpstreamProject() {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public int getUpstreamBuild() {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public Run<?, ?> getUpstreamRun() {
      throw new UnsupportedOperationException("compile-only stub");
    }

    public List<Cause> getUpstreamCauses() {
      throw new UnsupportedOperationException("compile-only stub");
    }

    @Override
    public String getShortDescription() {
      throw new UnsupportedOperationException("compile-only stub");
    }
  }

  /** Compile-only stub of {@code Cause.RemoteCause}. */
  public static class RemoteCause extends Cause {
    public RemoteCause(String host, String note) {}

    @Override
    public String getShortDescription() {
      throw new UnsupportedOperationException("compile-only stub");
    }
  }
}
