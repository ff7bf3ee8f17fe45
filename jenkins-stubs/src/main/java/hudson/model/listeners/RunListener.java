package hudson.model.listeners;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Run;
import hudson.model.TaskListener;

/** Compile-only stub of jenkins-core's {@code hudson.model.listeners.RunListener}. */
public abstract class RunListener<R extends Run> implements ExtensionPoint {

  protected RunListener(Class<R> targetType) {}

  protected RunListener() {}

  public void onCompleted(R r, @NonNull TaskListener listener) {}

  public void onFinalized(R r) {}

  public void onInitialize(R r) {}

  public void onStarted(R r, TaskListener listener) {}

  public void onDeleted(R r) {}
}
