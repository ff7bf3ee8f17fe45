package hudson.model;

import jenkins.model.CauseOfInterruption;

/**
 * Compile-only stub of jenkins-core's {@code hudson.model.Executor} (jenkins@ff9430e {@code
 * Executor.java:93}): tests stop a build the way its Stop button ends, {@code interrupt(Result,
 * CauseOfInterruption...)} (line 218). Its {@code jenkins.model.IExecutor} interface is left out
 * (stub-omissions.txt).
 */
public class Executor extends Thread implements ModelObject {

  private Executor() {}

  public void interrupt(Result result, CauseOfInterruption... causes) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
