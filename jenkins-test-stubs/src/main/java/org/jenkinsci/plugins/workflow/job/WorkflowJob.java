package org.jenkinsci.plugins.workflow.job;

import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import jenkins.model.ParameterizedJobMixIn;
import org.jenkinsci.plugins.workflow.flow.FlowDefinition;

/** Compile-only stub of workflow-job's {@code WorkflowJob}. */
public final class WorkflowJob extends hudson.model.Job<WorkflowJob, WorkflowRun>
    implements TopLevelItem, ParameterizedJobMixIn.ParameterizedJob<WorkflowJob, WorkflowRun> {

  public WorkflowJob(ItemGroup parent, String name) {
    super(parent, name);
  }

  public FlowDefinition getDefinition() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void setDefinition(FlowDefinition definition) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public boolean isBuildable() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
