package org.jenkinsci.plugins.workflow.job;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.File;
import java.io.IOException;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.flow.FlowExecutionOwner;

/** Compile-only stub of workflow-job's {@code WorkflowRun}. */
public final class WorkflowRun extends hudson.model.Run<WorkflowJob, WorkflowRun>
    implements FlowExecutionOwner.Executable {

  public WorkflowRun(@NonNull WorkflowJob job) throws IOException {
    super(job);
  }

  public WorkflowRun(@NonNull WorkflowJob job, @NonNull File dir) throws IOException {
    super(job, dir);
  }

  @Override
  public void run() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @CheckForNull
  public FlowExecution getExecution() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public @NonNull FlowExecutionOwner asFlowExecutionOwner() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
