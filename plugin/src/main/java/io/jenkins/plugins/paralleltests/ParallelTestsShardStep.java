package io.jenkins.plugins.paralleltests;

import hudson.AbortException;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import jenkins.model.CauseOfInterruption;
import org.jenkinsci.plugins.workflow.steps.BodyExecutionCallback;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code parallelTestsShard}: wraps one shard's body and records on the build what junit cannot:
 * the shard's agent and image, when it started and ended, and whether it ended by timeout, abort or
 * failure. A shard that never produced a report still shows this way.
 */
public class ParallelTestsShardStep extends Step {

  private final int shard;
  private String name;
  private String image;

  @DataBoundConstructor
  public ParallelTestsShardStep(int shard) {
    this.shard = shard;
  }

  public int getShard() {
    return shard;
  }

  public String getName() {
    return name;
  }

  @DataBoundSetter
  public void setName(String name) {
    this.name = ConfigurationChecks.blankToNull(name);
  }

  public String getImage() {
    return image;
  }

  @DataBoundSetter
  public void setImage(String image) {
    this.image = ConfigurationChecks.blankToNull(image);
  }

  @Override
  public StepExecution start(StepContext context) throws Exception {
    return new Execution(context, name == null ? "" : name, shard, image == null ? "" : image);
  }

  /** Marks the start, runs the body, and marks the end from the body's callback. */
  static final class Execution extends StepExecution {
    private static final long serialVersionUID = 1L;

    private final String runName;
    private final int shard;
    private final String image;

    Execution(StepContext context, String runName, int shard, String image) {
      super(context);
      this.runName = runName;
      this.shard = shard;
      this.image = image;
    }

    @Override
    public boolean start() throws Exception {
      Run<?, ?> run = getContext().get(Run.class);
      ParallelTestsRunAction action = ParallelTestsRunAction.find(run, runName);
      if (action == null) {
        throw new AbortException(
            "parallelTestsShard: no parallelTestsPlan"
                + (runName.isEmpty() ? "" : " named '" + runName + "'")
                + " ran in this build");
      }
      EnvVars env = getContext().get(EnvVars.class);
      String agent = env == null ? "" : env.getOrDefault("NODE_NAME", "");
      try {
        action.shard(shard).started(agent, image, System.currentTimeMillis());
      } catch (IllegalArgumentException e) {
        throw new AbortException(e.getMessage());
      }
      run.save();
      getContext().newBodyInvoker().withCallback(new Callback(runName, shard)).start();
      return false;
    }
  }

  /** Records how the body ended, then passes its outcome on unchanged. */
  static final class Callback extends BodyExecutionCallback {
    private static final long serialVersionUID = 1L;

    private final String runName;
    private final int shard;

    Callback(String runName, int shard) {
      this.runName = runName;
      this.shard = shard;
    }

    @Override
    public void onSuccess(StepContext context, Object result) {
      mark(context, ShardStatus.SUCCESS);
      context.onSuccess(result);
    }

    @Override
    public void onFailure(StepContext context, Throwable t) {
      mark(context, classify(t));
      context.onFailure(t);
    }

    static ShardStatus classify(Throwable t) {
      if (t instanceof FlowInterruptedException interruption) {
        List<String> causes = new ArrayList<>();
        for (CauseOfInterruption cause : interruption.getCauses()) {
          causes.add(cause.getClass().getSimpleName());
        }
        return ShardOutcomes.classify(true, causes);
      }
      return ShardOutcomes.classify(false, List.of());
    }

    private void mark(StepContext context, ShardStatus status) {
      try {
        Run<?, ?> run = context.get(Run.class);
        ParallelTestsRunAction action = ParallelTestsRunAction.find(run, runName);
        if (action != null) {
          action.shard(shard).ended(status, System.currentTimeMillis());
          run.save();
        }
      } catch (IOException | RuntimeException e) {
        log(context, "cannot record the end of shard " + shard + ": " + e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    private static void log(StepContext context, String message) {
      try {
        context.get(TaskListener.class).getLogger().println("[parallelTests] " + message);
      } catch (IOException | InterruptedException | RuntimeException ignored) {
        // Nothing left to tell it to; the shard's own outcome still propagates.
      }
    }
  }

  /** The step's name. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {

    @Override
    public String getFunctionName() {
      return "parallelTestsShard";
    }

    @Override
    public String getDisplayName() {
      return "Mark one shard of a parallel test run";
    }

    @Override
    public boolean takesImplicitBlockArgument() {
      return true;
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class);
    }
  }
}
