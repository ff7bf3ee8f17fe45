package hudson.model;

/** Compile-only stub of jenkins-core's {@code hudson.model.Queue} (only its nested task types). */
public class Queue {

  private Queue() {}

  /** Compile-only stub of {@code Queue.Task}. */
  public interface Task {
    String getName();

    String getUrl();
  }

  /** Compile-only stub of {@code Queue.Executable}. */
  public interface Executable extends Runnable {
    @Override
    String toString();
  }
}
