package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.queue.BatchRecord;
import dev.paralleltests.core.queue.BatchStatus;
import hudson.model.Label;
import hudson.model.Result;
import hudson.tasks.junit.TestResultAction;
import java.util.List;
import jenkins.model.CauseOfInterruption;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.jenkinsci.plugins.workflow.test.steps.SemaphoreStep;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.BuildWatcherExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;
import org.jvnet.hudson.test.recipes.WithTimeout;

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
    return queue(
        label == null ? "" : ", label: '" + label + "'",
        hold ? "if (env.PARALLEL_TESTS_BATCH == '1') { semaphore 'held' }" : "");
  }

  /**
   * Queue mode with more {@code options} (", timeoutMinutes: 1"), running {@code first} at the
   * start of each batch, before it writes the report of exactly the units it was given.
   */
  private static String queue(String options, String first) {
    return "parallelTests(shards: 2, mode: 'queue', testResults: 'TEST-*.xml'"
        + options
        + ") {\n  "
        + first
        + "\n"
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

  /** The units of the done batches of the build's queue. */
  private static List<String> ranUnits(WorkflowRun b) throws java.io.IOException {
    return QueueService.batches(b.getRootDir().toPath(), "").stream()
        .filter(x -> x.status() == BatchStatus.DONE)
        .flatMap(x -> x.batch().units().stream())
        .toList();
  }

  /** A job with a first, static build: the queue's plan then has 8 units with timings. */
  private static WorkflowJob seeded(JenkinsRule r, String name) throws Exception {
    r.jenkins.setNumExecutors(4);
    WorkflowJob p = r.createProject(WorkflowJob.class, name);
    p.setDefinition(new CpsFlowDefinition(ParallelTestsStepITest.SEED, true));
    r.buildAndAssertSuccess(p);
    return p;
  }

  // Two timeouts of a minute, a seeding build and the shards' back-off outlast the harness's
  // default of 180 s per session (jenkins-test-harness JenkinsRule.java:696-719, a method's
  // annotations reaching it through JenkinsSessionFixture.java:87).
  @WithTimeout(600)
  @Test
  void aBatchEndedByItsTimeoutRunsAgainOnTheOtherShardAndTheBuildIsGreen() throws Throwable {
    sessions.then(
        r -> {
          WorkflowJob p = seeded(r, "timeout");
          // Batch 1 outlives the shard's timeout; its units come back as another batch id. The
          // timeout's callback clears actualInterruption when the interruption leaves its block
          // (workflow-basic-steps@a789b07 TimeoutStepExecution.java:243-262).
          p.setDefinition(
              new CpsFlowDefinition(
                  queue(
                      ", timeoutMinutes: 1", "if (env.PARALLEL_TESTS_BATCH == '1') { sleep 600 }"),
                  true));
          WorkflowRun b = r.buildAndAssertSuccess(p);

          List<BatchRecord> batches = QueueService.batches(b.getRootDir().toPath(), "");
          assertThat(batches.get(0).status()).isEqualTo(BatchStatus.LOST);
          assertThat(batches.get(0).note()).contains("Timeout has been exceeded");
          assertThat(ranUnits(b)).hasSize(8).doesNotHaveDuplicates();
          assertThat(b.getAction(TestResultAction.class).getTotalCount()).isEqualTo(8);
          r.assertLogContains("lost batch 1 (interrupted: ", b);
          r.assertLogContains(") reran its ", b);
        });
  }

  @Test
  void aBatchWhoseAgentIsRemovedRunsAgainOnTheOtherAgentAndTheBuildIsGreen() throws Throwable {
    sessions.then(
        r -> {
          WorkflowJob p = seeded(r, "agent");
          // One executor each: each shard holds its own agent.
          r.createOnlineSlave(Label.get("q"));
          r.createOnlineSlave(Label.get("q"));
          p.setDefinition(
              new CpsFlowDefinition(
                  queue(
                      ", label: 'q'",
                      "if (env.PARALLEL_TESTS_BATCH == '1') { echo \"batch 1 on <${env.NODE_NAME}>\";"
                          + " sh 'sleep 1000000' }"),
                  true));
          WorkflowRun b = p.scheduleBuild2(0).waitForStart();
          r.waitForMessage("+ sleep", b);
          String log = JenkinsRule.getLog(b);
          int at = log.indexOf("batch 1 on <") + "batch 1 on <".length();
          String agent = log.substring(at, log.indexOf('>', at));
          // As workflow-durable-task-step@46cb22f ShellStepTest.removingAgentIsFatal does: the node
          // body is cancelled with RemovedNodeCause (ExecutorStepExecution.java:402, 436), after 15
          // s in tests (line 109), which without queue mode aborts the build.
          r.jenkins.removeNode(r.jenkins.getNode(agent));
          r.assertBuildStatusSuccess(r.waitForCompletion(b));

          List<BatchRecord> batches = QueueService.batches(b.getRootDir().toPath(), "");
          assertThat(batches.get(0).status()).isEqualTo(BatchStatus.LOST);
          assertThat(ranUnits(b)).hasSize(8).doesNotHaveDuplicates();
          assertThat(b.getAction(TestResultAction.class).getTotalCount()).isEqualTo(8);
          r.assertLogContains(") reran its ", b);
        });
  }

  // Two timeouts of a minute, a seeding build and the shards' back-off outlast the harness's
  // default of 180 s per session (jenkins-test-harness JenkinsRule.java:696-719, a method's
  // annotations reaching it through JenkinsSessionFixture.java:87).
  @WithTimeout(600)
  @Test
  void unitsLostTwiceAreNamedAndTheBuildIsNotGreen() throws Throwable {
    sessions.then(
        r -> {
          WorkflowJob p = seeded(r, "twice");
          // Batch 1 and its second attempt, on the other shard, both outlive the timeout.
          p.setDefinition(
              new CpsFlowDefinition(
                  queue(
                      ", timeoutMinutes: 1",
                      "if (env.PARALLEL_TESTS_BATCH == '1' || env.PARALLEL_TESTS_ATTEMPT == '2')"
                          + " { sleep 600 }"),
                  true));
          WorkflowRun b = r.assertBuildStatus(Result.UNSTABLE, p.scheduleBuild2(0));

          List<BatchRecord> batches = QueueService.batches(b.getRootDir().toPath(), "");
          List<String> lostTwice = batches.get(0).batch().units();
          String problem =
              JenkinsRule.getLog(b)
                  .lines()
                  .filter(l -> l.contains("never ran, lost twice: "))
                  .findFirst()
                  .orElseThrow();
          assertThat(problem).contains(lostTwice).endsWith(": marking the build UNSTABLE");
          assertThat(ranUnits(b)).doesNotContainAnyElementsOf(lostTwice);
        });
  }

  @Test
  void aPersonAbortingTheBuildAbortsItInQueueModeToo() throws Throwable {
    sessions.then(
        r -> {
          WorkflowJob p = seeded(r, "abort");
          p.setDefinition(new CpsFlowDefinition(queue(null, true), true));
          WorkflowRun b = p.scheduleBuild2(0).waitForStart();
          SemaphoreStep.waitForStart("held/1", b);
          // What the build's Stop button does (jenkins@ff9430e Executor.java:841-871: doStop ->
          // interrupt() -> interrupt(Result.ABORTED) with a UserInterruption, 159-234), through
          // the build's executor: its asynchronousExecution.interrupt (240-241) makes the Pipeline
          // call CpsFlowExecution.interrupt (workflow-job@cef6bae WorkflowRun.java:417-437), an
          // actual interruption (workflow-cps@e007b7f CpsFlowExecution.java:1304).
          b.getExecutor()
              .interrupt(Result.ABORTED, new CauseOfInterruption.UserInterruption("alice"));
          r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(b));

          assertThat(QueueService.batches(b.getRootDir().toPath(), "").get(0).status())
              .isEqualTo(BatchStatus.LOST);
          // Its units are not handed out again in an aborted build (BuildAbort): the queue says
          // why they did not run.
          assertThat(QueueService.open(b.getRootDir().toPath(), "").orElseThrow().stopReason())
              .contains("the build was aborted");
          r.assertLogContains("the queue stopped (the build was aborted)", b);
        });
  }

  @Test
  void aPersonAbortingTheBuildStopsEveryShardWhenTheBodySwallowsTheInterruption() throws Throwable {
    sessions.then(
        r -> {
          WorkflowJob p = seeded(r, "swallowed");
          // Each shard's first batch waits inside a catchError, which catches interruptions by
          // default (workflow-basic-steps@a789b07 CatchErrorStep.java:62, 241-278): the body
          // returns normally after the abort.
          p.setDefinition(
              new CpsFlowDefinition(
                  queue(
                      "",
                      "if (env.PARALLEL_TESTS_BATCH == '1' || env.PARALLEL_TESTS_BATCH == '2') {"
                          + " catchError { semaphore 'held' } }"),
                  true));
          WorkflowRun b = p.scheduleBuild2(0).waitForStart();
          SemaphoreStep.waitForStart("held/1", b);
          SemaphoreStep.waitForStart("held/2", b);
          // The Stop button's way (Executor.java:841-871 -> interrupt(Result.ABORTED), 159-234),
          // through the build's executor: asynchronousExecution.interrupt (240-241) hands it to
          // the Pipeline on a timer thread (WorkflowRun.java:417-437), where
          // CpsFlowExecution.interrupt sets the execution's result before it stops the steps
          // (workflow-cps@e007b7f CpsFlowExecution.java:1300-1320): every claim after that sees it.
          b.getExecutor()
              .interrupt(Result.ABORTED, new CauseOfInterruption.UserInterruption("alice"));
          long interrupted = System.currentTimeMillis();
          // ABORTED alone would hold without the claim step's check: the swallowing catchError
          // already sets the run ABORTED (CatchErrorStep.java:258-272). What proves the check are
          // the batches, the stop reason and the log lines below.
          r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(b));

          List<BatchRecord> batches = QueueService.batches(b.getRootDir().toPath(), "");
          assertThat(batches).hasSize(2);
          assertThat(batches).allMatch(x -> x.batch().claimedAtMillis() <= interrupted);
          assertThat(QueueService.open(b.getRootDir().toPath(), "").orElseThrow().stopReason())
              .contains("the build was aborted");
          r.assertLogContains("takes no more batches: the build was aborted", b);
          r.assertLogContains("parallelTests handed out no more batches: the build was aborted", b);
          // The swallowed batches count as not run: their bodies returned only because catchError
          // swallowed the abort, so their tests may have been cut short.
          assertThat(batches).allMatch(x -> x.status() == BatchStatus.LOST);
          r.assertLogContains("batch 1 counts as not run (interrupted: the build was aborted", b);
          // What never ran is named, said to be for the abort, and the result left ABORTED.
          r.assertLogContains("lost and never rerun", b);
          r.assertLogContains("the queue stopped (the build was aborted)", b);
          r.assertLogContains("the build's result is left as the stop set it, ABORTED", b);
          r.assertLogNotContains("marking the build", b);
        });
  }

  @Test
  void aTimeoutAroundTheCallStopsEveryShardWhenTheBodySwallowsItsCancellation() throws Throwable {
    sessions.then(
        r -> {
          WorkflowJob p = seeded(r, "outer-timeout");
          // Each shard's first batch waits inside a catchError until the timeout around the call
          // cancels it (TimeoutStepExecution.java:202): the build is not interrupted, and the
          // bodies return normally; the claim step reads the timeout's node instead (BuildAbort).
          p.setDefinition(
              new CpsFlowDefinition(
                  "timeout(time: 30, unit: 'SECONDS') {\n"
                      + queue(
                          "",
                          "if (env.PARALLEL_TESTS_BATCH == '1' || env.PARALLEL_TESTS_BATCH == '2')"
                              + " { catchError { semaphore 'held' } }")
                      + "}\n",
                  true));
          WorkflowRun b = p.scheduleBuild2(0).waitForStart();
          SemaphoreStep.waitForStart("held/1", b);
          SemaphoreStep.waitForStart("held/2", b);
          // ABORTED alone would hold without the claim step's check (the timeout's interruption
          // leaves the build ABORTED, and a swallowing catchError sets it too): the batches, the
          // stop reason and the log lines below prove it.
          r.assertBuildStatus(Result.ABORTED, r.waitForCompletion(b));

          List<BatchRecord> batches = QueueService.batches(b.getRootDir().toPath(), "");
          assertThat(batches).hasSize(2).allMatch(x -> x.status() == BatchStatus.LOST);
          assertThat(QueueService.open(b.getRootDir().toPath(), "").orElseThrow().stopReason())
              .contains("the enclosing timeout (30 seconds) expired");
          r.assertLogContains("lost and never rerun", b);
          r.assertLogContains(
              "parallelTests handed out no more batches: the enclosing timeout (30 seconds)"
                  + " expired",
              b);
          // The units that never ran fail the run as usual: the build was not aborted by a
          // person, and a caller that catches the timeout must not see a green run.
          r.assertLogContains("the queue stopped (the enclosing timeout (30 seconds) expired)", b);
        });
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
