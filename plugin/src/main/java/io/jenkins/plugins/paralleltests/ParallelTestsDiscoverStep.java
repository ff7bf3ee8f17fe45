package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.PlanExplanation;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.Granularity;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.FilePath;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code parallelTestsDiscover}: for a build without timing history, lists the test units in the
 * current workspace (on its agent) and replaces the run's one-shard plan by an even split by count.
 * Returns the new shards in the form {@code parallelTestsPlan} returns them. When nothing is found
 * the plan stays as it was, and the log says why.
 */
public class ParallelTestsDiscoverStep extends Step {

  private String name;
  private final String glob;
  private final int shards;
  private String granularity;

  @DataBoundConstructor
  public ParallelTestsDiscoverStep(String glob, int shards) {
    this.glob = glob;
    this.shards = shards;
  }

  public String getGlob() {
    return glob;
  }

  public int getShards() {
    return shards;
  }

  public String getName() {
    return name;
  }

  @DataBoundSetter
  public void setName(String name) {
    this.name = ConfigurationChecks.blankToNull(name);
  }

  public String getGranularity() {
    return granularity;
  }

  @DataBoundSetter
  public void setGranularity(String granularity) {
    this.granularity = ConfigurationChecks.blankToNull(granularity);
  }

  @Override
  public StepExecution start(StepContext context) throws Exception {
    return new Execution(this, context);
  }

  /** Off the CPS thread: it waits for the agent to list files. */
  static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final transient ParallelTestsDiscoverStep step;

    Execution(ParallelTestsDiscoverStep step, StepContext context) {
      super(context);
      this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
      Run<?, ?> run = getContext().get(Run.class);
      PrintStream log = getContext().get(TaskListener.class).getLogger();
      FilePath workspace = getContext().get(FilePath.class);
      String runName = step.name == null ? "" : step.name;
      ParallelTestsRunAction action = ParallelTestsRunAction.find(run, runName);
      if (action == null) {
        throw new AbortException(
            "parallelTestsDiscover: no parallelTestsPlan"
                + (runName.isEmpty() ? "" : " named '" + runName + "'")
                + " ran in this build");
      }
      Granularity granularity;
      try {
        granularity =
            step.granularity == null ? Granularity.CLASS : Granularity.parse(step.granularity);
      } catch (IllegalArgumentException e) {
        throw new AbortException("parallelTestsDiscover: " + e.getMessage());
      }
      try {
        FirstBuildDiscovery.checkGlob(step.glob);
      } catch (IllegalArgumentException e) {
        throw new AbortException("parallelTestsDiscover: " + e.getMessage());
      }
      if (step.shards < 1) {
        throw new AbortException("parallelTestsDiscover: shards must be at least 1");
      }
      Path planFile = BuildFiles.plan(run.getRootDir().toPath(), runName);
      EnvVars env = getContext().get(EnvVars.class);
      String agent = env == null ? "" : env.getOrDefault("NODE_NAME", "");
      DiscoverUnits.Found found = workspace.act(new DiscoverUnits(step.glob, granularity));
      if (found.units().isEmpty()) {
        log.println(
            "[parallelTests] first build: cannot list the tests ("
                + found.problem()
                + "): every test runs in one shard this time; the next build splits by its"
                + " timings");
        return shards(runName, PlanJson.read(planFile));
      }
      ShardPlan plan = FirstBuildDiscovery.plan(found.units(), step.shards, granularity);
      PlanJson.write(plan, planFile);
      String source =
          "no timing history: "
              + found.units().size()
              + " units found with '"
              + step.glob
              + "'"
              + (agent.isEmpty() ? "" : " on " + agent)
              + ", split evenly by count";
      log.println(
          "[parallelTests] first build, no timings: "
              + found.units().size()
              + " units found with '"
              + step.glob
              + "'"
              + (agent.isEmpty() ? "" : " on " + agent)
              + ", split evenly by count into "
              + plan.shards().size()
              + " shards (no timings were used)");
      for (String line : PlanExplanation.of(plan).lines()) {
        log.println("[parallelTests] " + line);
      }
      ParallelTestsRunAction replanned =
          new ParallelTestsRunAction(
              runName,
              new PlanService.Planned(plan, source, false),
              action.getMissingShardResult(),
              action.getPlannedAtMillis());
      run.removeAction(action);
      run.addAction(replanned);
      run.save();
      return shards(runName, plan);
    }

    private static Map<String, Object> shards(String runName, ShardPlan plan) {
      Map<String, Object> map = new LinkedHashMap<>();
      map.put("shards", ScriptPlan.shards(runName, plan));
      return map;
    }
  }

  /** The step's name. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {

    @Override
    public String getFunctionName() {
      return "parallelTestsDiscover";
    }

    @Override
    public String getDisplayName() {
      return "List the tests of a first parallel test run and split them evenly";
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class, FilePath.class);
    }
  }
}
