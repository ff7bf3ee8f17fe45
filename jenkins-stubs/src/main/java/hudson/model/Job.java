package hudson.model;

import hudson.ExtensionPoint;
import java.util.List;

/** Compile-only stub of jenkins-core's {@code hudson.model.Job}. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>>
    extends AbstractItem implements ExtensionPoint {

  protected Job(ItemGroup parent, String name) {
    super(parent, name);
  }

  public boolean isBuilding() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract boolean isBuildable();

  public RunT getBuildByNumber(int n) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public RunT getNearestBuild(int n) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public RunT getLastBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public RunT getFirstBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public RunT getLastSuccessfulBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public RunT getLastStableBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public RunT getLastCompletedBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public List<RunT> getLastBuildsOverThreshold(int numberOfBuilds, Result threshold) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
