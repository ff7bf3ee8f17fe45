package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.queue.QueueVerdict;
import hudson.AbortException;
import hudson.Extension;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.checks.steps.ChecksInfo;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.workflow.flow.FlowExecution;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.jenkinsci.plugins.workflow.steps.SynchronousNonBlockingStepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code parallelTestsRecord}: after the shards, attributes the build's junit results to shards by
 * their parallel branch, stores this build's timings for the next plan, records planned against
 * actual time per shard, and marks the build when a shard produced no results, or fewer than
 * planned.
 */
public class ParallelTestsRecordStep extends Step {

  private String name;

  @DataBoundConstructor
  public ParallelTestsRecordStep() {}

  public String getName() {
    return name;
  }

  @DataBoundSetter
  public void setName(String name) {
    this.name = ConfigurationChecks.blankToNull(name);
  }

  @Override
  public StepExecution start(StepContext context) throws Exception {
    return new Execution(name == null ? "" : name, context);
  }

  /** Runs off the CPS thread: it loads the build's junit result. */
  static final class Execution extends SynchronousNonBlockingStepExecution<Map<String, Object>> {
    private static final long serialVersionUID = 1L;

    private final String runName;

    Execution(String runName, StepContext context) {
      super(context);
      this.runName = runName;
    }

    @Override
    protected Map<String, Object> run() throws Exception {
      Run<?, ?> run = getContext().get(Run.class);
      TaskListener listener = getContext().get(TaskListener.class);
      PrintStream log = listener.getLogger();
      ParallelTestsRunAction action = ParallelTestsRunAction.find(run, runName);
      if (action == null) {
        throw new AbortException(
            "parallelTestsRecord: no parallelTestsPlan"
                + (runName.isEmpty() ? "" : " named '" + runName + "'")
                + " ran in this build");
      }
      Path buildDir = run.getRootDir().toPath();
      // An aborted build keeps its result, and what did not run is said to be for that reason:
      // the queue, stopped, says so (each claim after the abort stops it too, this covers a queue
      // whose shards all ended before they could claim again).
      Optional<BuildAbort> abort = BuildAbort.of(run, getContext().get(FlowExecution.class));
      if (abort.isPresent() && Files.isRegularFile(QueueService.queueFile(buildDir, runName))) {
        QueueService.stop(
            new QueueService.Build(buildDir, runName, System::currentTimeMillis),
            abort.get().reason());
      }
      // In queue mode, the shards ran other units than the plan gave them: judge what they ran.
      ShardPlan plan =
          QueueService.planAsRun(buildDir, runName)
              .orElse(PlanJson.read(BuildFiles.plan(buildDir, runName)));
      long now = System.currentTimeMillis();
      ShardVerdict judged =
          RecordService.record(
              plan,
              runName,
              JunitSuites.of(run),
              action.statuses(),
              buildDir,
              Integer.toString(run.getNumber()),
              Instant.ofEpochMilli(now),
              now - action.getPlannedAtMillis());
      // In queue mode a shard that died or timed out does not fail the build by itself: its batch
      // went back to the queue once. The queue names what never ran.
      Optional<QueueVerdict> queued = QueueService.verdict(buildDir, runName);
      ShardVerdict verdict =
          queued
              .map(judged::withQueueProblems)
              .orElse(judged)
              .withEarlierWarnings(action.getPlanWarnings());
      // Files first: recording drops a page model cached while the build ran.
      BuildPageRecorder.write(run, action, plan, verdict, log);
      action.recorded(verdict);
      for (ShardVerdict.ShardReport report : verdict.shards()) {
        log.println("[parallelTests] " + RecordLines.shard(report));
      }
      List<String> notes = queued.map(QueueVerdict::notes).orElse(List.of());
      for (String note : notes) {
        log.println("[parallelTests] " + note);
      }
      for (String warning : verdict.warnings()) {
        log.println("[parallelTests] warning: " + warning);
      }
      if (!verdict.problems().isEmpty() && abort.isPresent()) {
        for (String problem : verdict.problemMessages()) {
          log.println("[parallelTests] " + RecordLines.stoppedBuildProblem(problem, abort.get()));
        }
      } else if (!verdict.problems().isEmpty()) {
        Result result =
            action.getMissingShardResult() == MissingShardResult.FAILURE
                ? Result.FAILURE
                : Result.UNSTABLE;
        for (String problem : verdict.problemMessages()) {
          log.println("[parallelTests] " + problem + ": marking the build " + result);
        }
        run.setResult(result);
      }
      run.save();
      // Inside withChecks, junit names its check after it (junit 1418.v67a_81935603c
      // JUnitResultsStepExecution.java:54-61); the one check of the run does the same.
      ChecksInfo checksInfo = getContext().get(ChecksInfo.class);
      return summary(runName, checksInfo == null ? "" : checksInfo.getName(), verdict, notes);
    }

    private static Map<String, Object> summary(
        String runName, String withChecksName, ShardVerdict verdict, List<String> notes) {
      Map<String, Object> map = new LinkedHashMap<>();
      List<Object> shards = new ArrayList<>();
      int tests = 0;
      for (ShardVerdict.ShardReport report : verdict.shards()) {
        Map<String, Object> shard = new LinkedHashMap<>();
        shard.put("index", report.index());
        shard.put("branch", report.branch());
        shard.put("tests", report.tests());
        shard.put("failures", report.failures());
        shard.put("plannedMillis", report.plannedMillis());
        shard.put("testMillis", report.testMillis());
        shard.put("missingUnits", new ArrayList<>(report.missingUnits()));
        shard.put("status", report.status().name());
        shards.add(shard);
        tests += report.tests();
      }
      map.put("tests", tests);
      map.put("shards", shards);
      map.put("problems", new ArrayList<>(verdict.problemMessages()));
      map.put("warnings", new ArrayList<>(verdict.warnings()));
      map.put("notes", new ArrayList<>(notes));
      map.put("checks", OneCheck.of(runName, withChecksName, verdict));
      return map;
    }
  }

  /** The step's name. */
  @Extension
  public static final class DescriptorImpl extends StepDescriptor {

    @Override
    public String getFunctionName() {
      return "parallelTestsRecord";
    }

    @Override
    public String getDisplayName() {
      return "Record the timings and results of a parallel test run";
    }

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
      return Set.of(Run.class, TaskListener.class);
    }
  }
}
