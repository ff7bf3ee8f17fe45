package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.queue.BatchRecord;
import dev.paralleltests.core.queue.BatchStatus;
import hudson.model.Label;
import hudson.tasks.junit.TestResultAction;
import java.util.List;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.test.steps.SemaphoreStep;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * {@code parallelTests(mode: 'queue')} in real Pipelines: real {@code parallel} branches claiming
 * from one build's queue on the CPS VM thread, a controller restart in the middle of a queue, and
 * the call in Declarative. The offline tests cover the script ({@code
 * ParallelTestsQueueScriptTest}, JenkinsPipelineUnit) and the queue ({@code QueueServiceTest},
 * core's {@code WorkQueue*Test}); these check what only Jenkins can. Runs only where the Jenkins
 * repository is reachable (tag {@code jenkins}).
 */
@Tag("jenkins")
class ParallelTestsQueueITest {

  @RegisterExtension static BuildWatcherExtension buildWatcher = new BuildWatcherExtension();

  @RegisterExtension JenkinsSessionExtension sessions = new JenkinsSessionExtension();

  /**
   * Queue mode: each batch reports exactly the units it was given, in a file of its own (which
   * parallelTestsSetAside moves away after junit published it). {@code hold} makes batch 1 wait on
   * a semaphore.
   */
  private static String queue(String label, boolean hold) {
    return "parallelTests(shards: 2, mode: 'queue', testResults: 'TEST-*.xml'"
        + (label == null ? "" : ", label: '" + label + "'")
        + ") {\n"
        + (hold ? "  if (env.PARALLEL_TESTS_BATCH == '1') { semaphore 'held' }\n" : "")
        + """
          def units = readFile(env.PARALLEL_TESTS_UNITS).readLines()
          def suites = ''
          for (int i = 0; i < units.size(); i++) {
            if (units[i]) {
              suites += "<testsuite name='${units[i]}'><testcase classname='${units[i]}' name='works' time='1'/></testsuite>"
            }
          }
          writeFile file: "TEST-batch-${env.PARALLEL_TESTS_BATCH}.xml", text: "<testsuites>${suites}</testsuites>"
        }
        """;
  }

  @Test
  void realBranchesClaimEveryUnitOnceOnAgentsWhoseWorkspaceDoesNotExistYet() throws Throwable {
    sessions.then(
        r -> {
          r.jenkins.setNumExecutors(4);
          WorkflowJob p = r.createProject(WorkflowJob.class, "q");
          p.setDefinition(new CpsFlowDefinition(ParallelTestsStepITest.SEED, true));
          r.buildAndAssertSuccess(p);
          // Fresh agents: `node` allocates the job's workspace there without creating it
          // (workflow-durable-task-step@46cb22f ExecutorStepExecution.java:1125-1130), so the
          // first parallelTestsSetAside, before any batch, finds no directory (no `prepare`).
          r.createOnlineSlave(Label.get("fresh"));
          r.createOnlineSlave(Label.get("fresh"));

          p.setDefinition(new CpsFlowDefinition(queue("fresh", false), true));
          WorkflowRun b = r.buildAndAssertSuccess(p);

          assertThat(b.getAction(TestResultAction.class).getTotalCount()).isEqualTo(8);
          List<BatchRecord> batches = QueueService.batches(b.getRootDir().toPath(), "");
          assertThat(batches).isNotEmpty().allMatch(x -> x.status() == BatchStatus.DONE);
          assertThat(batches.stream().flatMap(x -> x.batch().units().stream()))
              .hasSize(8)
              .doesNotHaveDuplicates();
          // Not asserted: that both shards got a batch. An agent that comes when the queue is
          // drained gets none, and that is no problem (ShardVerdictTest).
        });
  }

  @Test
  void aRestartInTheMiddleOfTheQueueResumesItFromTheBuildDirectory() throws Throwable {
    sessions.then(
        r -> {
          r.jenkins.setNumExecutors(4);
          WorkflowJob p = r.createProject(WorkflowJob.class, "restart");
          p.setDefinition(new CpsFlowDefinition(ParallelTestsStepITest.SEED, true));
          r.buildAndAssertSuccess(p);
          p.setDefinition(new CpsFlowDefinition(queue(null, true), true));
          WorkflowRun b = p.scheduleBuild2(0).waitForStart();
          SemaphoreStep.waitForStart("held/1", b);
          // The other shard has run every other batch and waits (a resumable sleep) for batch 1:
          // no non-resumable step (parallelTestsSetAside) is under way when Jenkins stops.
          r.waitForMessage("Sleeping for", b);
        });
    sessions.then(
        r -> {
          WorkflowJob p = (WorkflowJob) r.jenkins.getItemByFullName("restart");
          WorkflowRun b = p.getBuildByNumber(2);
          // program.dat held the script's locals (plan, claim and batch maps) across the restart.
          SemaphoreStep.success("held/1", null);
          r.assertBuildStatusSuccess(r.waitForCompletion(b));

          assertThat(b.getAction(TestResultAction.class).getTotalCount()).isEqualTo(8);
          List<BatchRecord> batches = QueueService.batches(b.getRootDir().toPath(), "");
          assertThat(batches).allMatch(x -> x.status() == BatchStatus.DONE);
          assertThat(batches.stream().flatMap(x -> x.batch().units().stream()))
              .hasSize(8)
              .doesNotHaveDuplicates();
          assertThat(batches.get(0).batch().attempt()).isEqualTo(1);
        });
  }

  @Test
  void declarativeCallsQueueModeInStepsWithPrepareAsAnArgument() throws Throwable {
    sessions.then(
        r -> {
          r.jenkins.setNumExecutors(4);
          WorkflowJob p = r.createProject(WorkflowJob.class, "d");
          p.setDefinition(new CpsFlowDefinition(ParallelTestsStepITest.SEED, true));
          r.buildAndAssertSuccess(p);

          // A closure as a named argument passes Declarative's parser (pipeline-model-definition@
          // 42c9dc3 ModelParser.groovy:1463, then 1511-1518: kept as an expression, which
          // ModelASTValue.java:166-173 unwraps, so no "${...}" error); DeclarativeBodiesTest checks
          // the body offline.
          p.setDefinition(
              new CpsFlowDefinition(
                  ParallelTestsStepITest.resource("declarative-queue.jenkins"), true));
          WorkflowRun b = r.buildAndAssertSuccess(p);

          assertThat(b.getAction(TestResultAction.class).getTotalCount()).isEqualTo(8);
          r.assertLogContains("prepared shard 1", b);
          r.assertLogContains("prepared shard 2", b);
        });
  }
}
