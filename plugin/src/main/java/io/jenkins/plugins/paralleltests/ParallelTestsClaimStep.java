package io.jenkins.plugins.paralleltests;

import hudson.AbortException;
import hudson.Extension;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousStepExecution;
import org.jenkinsci.plugins.workflow.steps.TimeoutStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code parallelTestsClaim}: queue mode's one call from a shard to the controller. It first
 * records what the shard says about its last batch ({@code done}, or {@code lost}, or the whole
 * shard {@code lostShard}), then hands out the shard's next batch from the build's queue ({@link
 * QueueService}) and returns it as a plain map.
 *
 * <p>A {@link SynchronousStepExecution}: claiming is a read and an atomic write of one small file,
 * and such an execution runs its {@code run()} inside {@code start()} on the build's CPS VM thread
 * (workflow-step-api {@code SynchronousStepExecution.java} lines 9-10 and 35-45; workflow-cps
 * {@code DSL.java} lines 336-338), which is one lane per build ({@code CpsVmExecutorService.java}
 * line 70): claims of one build never interleave. It is never persisted mid-call; if the controller
 * stops after the queue file was written but before the Pipeline saved its program, the resumed
 * program calls the step again and the queue answers the same batch (a shard that asks again before
 * reporting gets its batch in flight back) and ignores a second report of a batch.
 *
 * <p>Once the build is being stopped, or a {@code timeout} around the call has expired ({@link
 * BuildAbort}), it hands out nothing more, whatever the shard's body did with the interruption.
 */
public class ParallelTestsClaimStep extends Step {

  private final int shard;
  private String name;
  private int done;
  private long testMillis;
  private boolean failed;
  private boolean failFast;
  private int lost;
  private String lostShard;
  private String reason;
  private boolean claim = true;

  @DataBoundConstructor
  public ParallelTestsClaimStep(int shard) {
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

  public int getDone() {
    return done;
  }

  /** The batch this shard just ran (its tests passed or failed): recorded before claiming. */
  @DataBoundSetter
  public void setDone(int done) {
    this.done = done;
  }

  public long getTestMillis() {
    return testMillis;
  }

  /** The test time the done batch's reports show: the rest of its wall time is runner start. */
  @DataBoundSetter
  public void setTestMillis(long testMillis) {
    this.testMillis = testMillis;
  }

  public boolean isFailed() {
    return failed;
  }

  @DataBoundSetter
  public void setFailed(boolean failed) {
    this.failed = failed;
  }

  public boolean isFailFast() {
    return failFast;
  }

  /** With a failed done batch: stop all claiming. */
  @DataBoundSetter
  public void setFailFast(boolean failFast) {
    this.failFast = failFast;
  }

  public int getLost() {
    return lost;
  }

  /** A batch that was interrupted before it reported: its units go back to the queue once. */
  @DataBoundSetter
  public void setLost(int lost) {
    this.lost = lost;
  }

  public String getLostShard() {
    return lostShard;
  }

  /** The shard failed outside a batch, for this reason: its batch in flight goes back. */
  @DataBoundSetter
  public void setLostShard(String lostShard) {
    this.lostShard = ConfigurationChecks.blankToNull(lostShard);
  }

  public String getReason() {
    return reason;
  }

  @DataBoundSetter
  public void setReason(String reason) {
    this.reason = ConfigurationChecks.blankToNull(reason);
  }

  public boolean isClaim() {
    return claim;
  }

  /** False to only report: no next batch is handed out. */
  @DataBoundSetter
  public void setClaim(boolean claim) {
    this.claim = claim;
  }

  @Override
  public StepExecution start(StepContext context) throws Exception {
    return new Execution(this, context);
  }

  /** Reports, then claims, on the CPS VM thread. */
  static final class Execution extends SynchronousStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final transient ParallelTestsClaimStep step;

    Execution(ParallelTestsClaimStep step, StepContext context) {
      super(context);
      this.step = step;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
      Run<?, ?> run = getContext().get(Run.class);
      TaskListener listener = getContext().get(TaskListener.class);
      // The context hands out the execution and the step's node itself (workflow-support@3ea0255
      // DefaultStepContext.java:84-87), as workflow-basic-steps' TimeoutStepExecution.java:153,
      // 165 reads them.
      Optional<BuildAbort> abort =
          BuildAbort.of(
              run,
              getContext().get(FlowExecution.class),
              getContext().get(FlowNode.class),
              System.currentTimeMillis());
      QueueService.Build build =
          new QueueService.Build(
              run.getRootDir().toPath(),
              step.name == null ? "" : step.name,
              System::currentTimeMillis);
      Map<String, Object> next = answer(step, build, abort, listener.getLogger());
      if (ParallelTestsQueueAction.find(run, build.runName()) == null) {
        run.addAction(new ParallelTestsQueueAction(build.runName()));
        run.save();
      }
      return next;
    }
  }

  /**
   * What the step does, on the queue of {@code build}: records the reports, then hands out the
   * shard's next work. When the build is being stopped ({@code abort}), the queue is stopped first
   * (nothing more is handed out, and the record step says why the rest did not run), and a claim
   * ends with a {@link FlowInterruptedException}, as the interruption would have ended the shard
   * had its body let it through: so does the shard's branch ({@link QueueFaults#abortsTheBuild}),
   * and with it the {@code parallel} and the build. A report alone ({@code claim: false}) never
   * throws: it comes from the script's own error handling.
   */
  static Map<String, Object> answer(
      ParallelTestsClaimStep step,
      QueueService.Build build,
      Optional<BuildAbort> abort,
      PrintStream log)
      throws AbortException, FlowInterruptedException {
    try {
      if (step.done > 0 && abort.isPresent()) {
        // The body says its batch ran, yet the build is being stopped or the timeout around it
        // expired: the interruption reached the batch and its body swallowed it (a catchError or
        // try/catch), so its tests may have been cut short. It counts as lost, not done; the queue
        // is stopped below, so it is not rerun, and the verdict names its units as never run.
        String why = "interrupted: " + abort.get().reason();
        QueueService.lost(build, step.done, why);
        log.println(
            "[parallelTests] shard "
                + step.shard
                + ": batch "
                + step.done
                + " counts as not run ("
                + why
                + "; its body swallowed the interruption, so its tests may have been cut short)");
      } else if (step.done > 0) {
        QueueService.done(build, step.done, step.testMillis, step.failed, step.failFast);
      }
      if (step.lost > 0) {
        String why = step.reason == null ? "interrupted" : step.reason;
        QueueService.lost(build, step.lost, why);
        log.println(
            "[parallelTests] shard "
                + step.shard
                + ": batch "
                + step.lost
                + " lost ("
                + why
                + ")"
                + (abort.isPresent() ? "" : "; its units go back to the queue once"));
      }
      if (step.lostShard != null) {
        QueueService.lostShard(build, step.shard, step.lostShard);
        log.println(
            "[parallelTests] shard "
                + step.shard
                + " ended ("
                + step.lostShard
                + ")"
                + (abort.isPresent()
                    ? ""
                    : "; a batch it had in flight goes back to the queue once, for another shard"));
      }
      if (abort.isPresent()) {
        QueueService.stop(build, abort.get().reason());
      }
      if (!step.claim) {
        return Map.of("kind", "done", "reason", "reported");
      }
      if (abort.isPresent()) {
        log.println(
            "[parallelTests] shard "
                + step.shard
                + " takes no more batches: "
                + abort.get().reason());
        throw interruption(abort.get());
      }
      Map<String, Object> next = QueueService.claim(build, step.shard);
      if ("batch".equals(next.get("kind"))) {
        @SuppressWarnings("unchecked")
        Map<String, Object> batch = (Map<String, Object>) next.get("batch");
        log.println(
            "[parallelTests] shard "
                + step.shard
                + " claimed batch "
                + batch.get("id")
                + (Boolean.TRUE.equals(batch.get("catchAll"))
                    ? " (the tests no plan lists)"
                    : " (" + batch.get("units") + " units)")
                + ((int) batch.get("attempt") == 2 ? ", second attempt" : ""));
      }
      return next;
    } catch (IOException | IllegalArgumentException | IllegalStateException e) {
      throw new AbortException("parallelTestsClaim: " + e.getMessage());
    }
  }

  /**
   * How a claim ends a shard once claiming stopped: an actual interruption, as the build's stop or
   * the timeout would have ended the shard. For an expired enclosing {@code timeout} it carries
   * that timeout's own cause first, {@code ExceededTimeout} with the timeout step's node id
   * (workflow-basic-steps@a789b07 {@code TimeoutStepExecution.java:275-302}, its public constructor
   * 290-292): leaving that block, the timeout makes it no actual interruption, exactly as it does
   * its own (242-266). So a {@code retry} or {@code catchError(catchInterruptions: false)} around
   * the timeout (RetryStepExecution.java:92-93) sees the same whether a shard's body let the
   * timeout through or swallowed it, and whichever branch's error {@code parallel} rethrows
   * (workflow-cps ParallelStep.java:164-173).
   */
  static FlowInterruptedException interruption(BuildAbort abort) {
    ClaimsStopped stopped = new ClaimsStopped(abort.reason());
    return abort.timeoutNodeId() == null
        ? new FlowInterruptedException(abort.result(), true, stopped)
        : new FlowInterruptedException(
            abort.result(),
            true,
            new TimeoutStepExecution.ExceededTimeout(abort.timeoutNodeId()),
            stopped);
  }

  /** The step's name; listed with the advanced steps of Pipeline Syntax. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {

    @Override
    public String getFunctionName() {
      return "parallelTestsClaim";
    }

    /**
     * {@code parallelTests(mode: 'queue')} calls this step itself, so Pipeline Syntax lists it
     * apart: an advanced step is left out of the main list ("true to exclude from main list of
     * steps", workflow-step-api@0773c3c {@code StepDescriptor.java:107-113}); the snippet generator
     * shows it below "Advanced/Deprecated" (workflow-cps@e007b7f {@code Snippetizer.java:413-417},
     * {@code Snippetizer/index.jelly:65-68}) and starts its snippet with "This step should not
     * normally be used in your script" ({@code Snippetizer.java:553-556}). As docker-workflow does
     * for {@code withDockerContainer}, which its {@code docker} variable calls ({@code
     * WithContainerStep.java:456-458}, at 3e04e4f), and workflow-basic-steps for {@code
     * getContext}/{@code withContext} ({@code GetContextStep.java:66-68}, {@code
     * WithContextStep.java:73-75}, at a789b07). It still has a form ({@code config.jelly}), so its
     * entry there is not empty.
     */
    @Override
    public boolean isAdvanced() {
      return true;
    }

    @Override
    public String getDisplayName() {
      return "Claim the next batch of a parallel test run in queue mode";
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class);
    }
  }
}
