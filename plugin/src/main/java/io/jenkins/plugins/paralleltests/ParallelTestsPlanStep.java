package io.jenkins.plugins.paralleltests;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.cps.GlobalVariable;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * {@code parallelTestsPlan}: plans the shards of a {@code parallelTests} run from the job's timing
 * history, stores the plan next to the build, and returns, as plain maps and lists, what each shard
 * runs. The {@code parallelTests} variable calls it; it also works alone, for example to feed a
 * hand-written {@code parallel} or a declarative {@code matrix}.
 */
public class ParallelTestsPlanStep extends Step {

  private String shards;
  private Integer targetMinutes;
  private String testResults;
  private String image;
  private String dockerArgs;
  private String label;
  private Integer timeoutMinutes;
  private String granularity;
  private String name;
  private String referenceJob;
  private boolean failFast;
  private List<String> wrapperArguments;

  @DataBoundConstructor
  public ParallelTestsPlanStep() {}

  StepParameters parameters() {
    return new StepParameters(
        shards,
        targetMinutes,
        testResults,
        image,
        dockerArgs,
        label,
        timeoutMinutes,
        granularity,
        name,
        referenceJob,
        failFast ? Boolean.TRUE : null);
  }

  @Override
  public StepExecution start(StepContext context) throws Exception {
    return new Execution(this, context);
  }

  public String getShards() {
    return shards;
  }

  @DataBoundSetter
  public void setShards(String shards) {
    this.shards = ConfigurationChecks.blankToNull(shards);
  }

  public Integer getTargetMinutes() {
    return targetMinutes;
  }

  @DataBoundSetter
  public void setTargetMinutes(Integer targetMinutes) {
    this.targetMinutes = targetMinutes;
  }

  public String getTestResults() {
    return testResults;
  }

  @DataBoundSetter
  public void setTestResults(String testResults) {
    this.testResults = ConfigurationChecks.blankToNull(testResults);
  }

  public String getImage() {
    return image;
  }

  @DataBoundSetter
  public void setImage(String image) {
    this.image = ConfigurationChecks.blankToNull(image);
  }

  public String getDockerArgs() {
    return dockerArgs;
  }

  @DataBoundSetter
  public void setDockerArgs(String dockerArgs) {
    this.dockerArgs = ConfigurationChecks.blankToNull(dockerArgs);
  }

  public String getLabel() {
    return label;
  }

  @DataBoundSetter
  public void setLabel(String label) {
    this.label = ConfigurationChecks.blankToNull(label);
  }

  public Integer getTimeoutMinutes() {
    return timeoutMinutes;
  }

  @DataBoundSetter
  public void setTimeoutMinutes(Integer timeoutMinutes) {
    this.timeoutMinutes = timeoutMinutes;
  }

  public String getGranularity() {
    return granularity;
  }

  @DataBoundSetter
  public void setGranularity(String granularity) {
    this.granularity = ConfigurationChecks.blankToNull(granularity);
  }

  public String getName() {
    return name;
  }

  @DataBoundSetter
  public void setName(String name) {
    this.name = ConfigurationChecks.blankToNull(name);
  }

  public String getReferenceJob() {
    return referenceJob;
  }

  @DataBoundSetter
  public void setReferenceJob(String referenceJob) {
    this.referenceJob = ConfigurationChecks.blankToNull(referenceJob);
  }

  public boolean isFailFast() {
    return failFast;
  }

  @DataBoundSetter
  public void setFailFast(boolean failFast) {
    this.failFast = failFast;
  }

  public List<String> getWrapperArguments() {
    return wrapperArguments;
  }

  /**
   * Set by the {@code parallelTests} variable: the names of the arguments its caller gave, so that
   * a misspelt one fails the build instead of being ignored.
   */
  @DataBoundSetter
  public void setWrapperArguments(List<String> wrapperArguments) {
    this.wrapperArguments = wrapperArguments == null ? null : List.copyOf(wrapperArguments);
  }

  /** Runs off the CPS thread: reading history may load several junit result files. */
  static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final transient ParallelTestsPlanStep step;

    Execution(ParallelTestsPlanStep step, StepContext context) {
      super(context);
      this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
      Run<?, ?> run = getContext().get(Run.class);
      TaskListener listener = getContext().get(TaskListener.class);
      ResolvedSettings settings;
      try {
        if (step.wrapperArguments != null) {
          StepParameters.checkNames(step.wrapperArguments);
        }
        settings =
            ResolvedSettings.resolve(
                step.parameters(), ParallelTestsConfiguration.get().toDefaults());
      } catch (IllegalArgumentException e) {
        throw new AbortException(e.getMessage());
      }
      if (!settings.image().value().isEmpty() && GlobalVariable.byName("docker", run) == null) {
        throw new AbortException(
            "parallelTests: image '"
                + settings.image().value()
                + "' ("
                + settings.image().origin().label()
                + ") needs the Docker Pipeline plugin (docker-workflow), which is not installed;"
                + " install it, or run on plain agents without an image");
      }
      EnvVars env = run.getEnvironment(listener);
      String changeTarget = env.get("CHANGE_TARGET");
      PlanService.Planned planned;
      try {
        planned =
            PlanService.plan(
                settings,
                run.getRootDir().toPath(),
                OriginalBuilds.of(run),
                JenkinsTimingJob.ofBuild(run),
                changeTarget == null ? "" : changeTarget,
                JenkinsJobDirectory.forBuild(run),
                listener.getLogger());
      } catch (IllegalStateException e) {
        throw new AbortException(e.getMessage());
      }
      run.addAction(
          new ParallelTestsRunAction(
              settings.name(),
              planned,
              settings.missingShardResult().value(),
              System.currentTimeMillis()));
      run.save();
      Map<String, Object> plan = ScriptPlan.of(settings, planned.plan());
      if (planned.withoutHistory()) {
        FirstBuildDiscovery.Decision decision =
            FirstBuildDiscovery.decide(
                settings.name(),
                settings.shards(),
                settings.granularity().value(),
                ScmCheckout.available(run, env));
        decision.discover().ifPresent(arguments -> plan.put("discover", arguments));
        if (!decision.reason().isEmpty()) {
          listener.getLogger().println("[parallelTests] " + decision.reason());
        }
      }
      return plan;
    }
  }

  /** The step's name and its form checks. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {

    @Override
    public String getFunctionName() {
      return "parallelTestsPlan";
    }

    @Override
    public String getDisplayName() {
      return "Plan the shards of a parallel test run";
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class);
    }

    @POST
    public FormValidation doCheckShards(@QueryParameter String value) {
      return StepChecks.shards(value);
    }

    @POST
    public FormValidation doCheckGranularity(@QueryParameter String value) {
      return StepChecks.granularity(value);
    }

    @POST
    public FormValidation doCheckName(@QueryParameter String value) {
      return StepChecks.name(value);
    }

    @POST
    public FormValidation doCheckTimeoutMinutes(@QueryParameter String value) {
      return ParallelTestsConfiguration.toForm(ConfigurationChecks.timeoutMinutes(value));
    }

    @POST
    public FormValidation doCheckImage(@QueryParameter String value) {
      return ParallelTestsConfiguration.toForm(ConfigurationChecks.image(value));
    }
  }
}
