package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Action;
import hudson.model.BuildableItem;
import hudson.model.Job;
import hudson.model.Queue;
import hudson.model.Run;
import hudson.model.queue.QueueTaskFuture;

/** Compile-only stub of jenkins-core's {@code jenkins.model.ParameterizedJobMixIn}. */
public abstract class ParameterizedJobMixIn<
    JobT extends Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
    RunT extends Run<JobT, RunT> & Queue.Executable> {

  /** Compile-only stub of {@code ParameterizedJobMixIn.ParameterizedJob}. */
  public interface ParameterizedJob<
          JobT extends
              Job<JobT, RunT> & ParameterizedJobMixIn.ParameterizedJob<JobT, RunT> & Queue.Task,
          RunT extends Run<JobT, RunT> & Queue.Executable>
      extends BuildableItem {

    @CheckForNull
    default QueueTaskFuture<RunT> scheduleBuild2(int quietPeriod, Action... actions) {
      throw new UnsupportedOperationException("compile-only stub");
    }
  }
}
