package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.lesfurets.jenkins.unit.MethodSignature;
import com.lesfurets.jenkins.unit.PipelineTestHelper;
import com.lesfurets.jenkins.unit.cps.BasePipelineTestCPS;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.queue.BatchRecord;
import dev.paralleltests.core.queue.BatchStatus;
import dev.paralleltests.core.queue.QueueVerdict;
import groovy.lang.Closure;
import groovy.lang.Script;
import hudson.model.Result;
import io.jenkins.plugins.paralleltests.Interruptions.ChannelClosedException;
import io.jenkins.plugins.paralleltests.Interruptions.DownstreamFailureCause;
import io.jenkins.plugins.paralleltests.Interruptions.ExceededTimeout;
import io.jenkins.plugins.paralleltests.Interruptions.QueueTaskCancelled;
import io.jenkins.plugins.paralleltests.Interruptions.RemovedNodeCause;
import io.jenkins.plugins.paralleltests.Interruptions.UserInterruption;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import jenkins.model.CauseOfInterruption;
import org.codehaus.groovy.runtime.MethodClosure;
import org.jenkinsci.plugins.workflow.steps.FlowInterruptedException;
import org.jenkinsci.plugins.workflow.steps.TimeoutStepExecution;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code parallelTests(mode: 'queue')}: {@code ParallelTests.groovy} CPS-transformed in
 * JenkinsPipelineUnit, with the claim step answered by the real {@link QueueService} on a build
 * directory of the test's own. Branches run one after another here, so the first shard takes most
 * batches; the JenkinsRule tests cover real parallel branches.
 */
class ParallelTestsQueueScriptTest {

  private static final String TMP = "/agent/ws@tmp";
  private static BasePipelineTestCPS pipeline;
  private static ParallelTestsQueueScriptTest current;

  @TempDir Path buildDir;
  private final Map<String, String> env = new LinkedHashMap<>();
  private final List<String> events = new ArrayList<>();
  private String failingBatch = "";
  private List<String> timingOutBatches = List.of();
  private Throwable bodyThrows;
  private String bodyThrowsInBatch = "";
  private Throwable nodeThrows;
  private int nodeThrowsOnCall;
  private int nodeCalls;
  private String failingPrepare = "";
  private String failingAside = "";
  private boolean shard2HoldsABatch;
  private int heldBatch;
  private final List<Object> sleeps = new ArrayList<>();
  private ShardPlan plan;
  private String abortInBatch = "";
  // The Pipeline execution's result, as the claim step reads it (BuildAbort): a person's abort
  // sets it to ABORTED before any step is stopped (workflow-cps@e007b7f
  // CpsFlowExecution.java:1300-1301, then 1307-1320).
  private Result executionResult = Result.SUCCESS;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  // The clock the claim step reads, and the timeout blocks around the running code, innermost
  // last: what the claim step reads from its node's enclosing blocks (BuildAbort).
  private long now = 1_000_000L;
  private final List<Map<String, Object>> enclosingTimeouts = new ArrayList<>();
  private String timeUpInBatch = "";
  private int timeoutNodes;

  @BeforeAll
  static void createPipeline() throws Exception {
    pipeline = new BasePipelineTestCPS();
    pipeline.setScriptRoots(new String[] {testRoot().toString(), scriptRoot().toString()});
    pipeline.setScriptExtension("jenkins");
    pipeline.setUp();
    PipelineTestHelper helper = pipeline.getHelper();
    helper.registerAllowedMethod(
        MethodSignature.method("parallelTestsPlan", Map.class),
        (Function<Map<String, Object>, Object>) args -> current.plan(args));
    helper.registerAllowedMethod(
        MethodSignature.method("parallelTestsClaim", Map.class),
        (Function<Map<String, Object>, Object>) args -> current.claim(args));
    helper.registerAllowedMethod(
        MethodSignature.method("parallelTestsSetAside", Map.class),
        (Function<Map<String, Object>, Object>) args -> current.setAside(args));
    helper.registerAllowedMethod(
        MethodSignature.method("parallelTestsRecord", Map.class),
        (Function<Map<String, Object>, Object>)
            args -> {
              current.events.add("record");
              return Map.of("checks", Map.of("name", "Parallel Tests"));
            });
    helper.registerAllowedMethod(
        MethodSignature.method("publishChecks", Map.class),
        (Consumer<Map<String, Object>>) args -> current.events.add("publishChecks"));
    helper.registerAllowedMethod(
        MethodSignature.method("parallel", Map.class),
        (Consumer<Map<String, Object>>) args -> current.parallel(args));
    helper.registerAllowedMethod(
        MethodSignature.method("pwd", Map.class), (Function<Map<String, Object>, Object>) a -> TMP);
    helper.registerAllowedMethod("pwd", List.of(), new Constant("/agent/ws"));
    helper.registerAllowedMethod(
        MethodSignature.method("error", String.class),
        (Consumer<String>)
            message -> {
              throw new IllegalStateException(message);
            });
    helper.registerAllowedMethod(
        MethodSignature.method("echo", String.class),
        (Consumer<String>) message -> current.events.add("echo " + message));
    helper.registerAllowedMethod(
        MethodSignature.method("writeFile", Map.class),
        (Consumer<Map<String, Object>>)
            args -> current.events.add("writeFile " + args.get("file")));
    helper.registerAllowedMethod(
        MethodSignature.method("junit", Map.class),
        (Consumer<Map<String, Object>>) args -> current.junit());
    helper.registerAllowedMethod(
        MethodSignature.method("sleep", Map.class),
        (Consumer<Map<String, Object>>) args -> current.sleep(args));
    helper.registerAllowedMethod(
        MethodSignature.method("sh", String.class),
        (Consumer<Object>) command -> current.sh(command.toString()));
    helper.registerAllowedMethod(
        "withEnv", List.of(List.class, Closure.class), new MethodClosure(Mocks.class, "withEnv"));
    helper.registerAllowedMethod(
        "node", List.of(String.class, Closure.class), new MethodClosure(Mocks.class, "node"));
    helper.registerAllowedMethod(
        "timeout", List.of(Map.class, Closure.class), new MethodClosure(Mocks.class, "timeout"));
    helper.registerAllowedMethod(
        "catchError", List.of(Closure.class), new MethodClosure(Mocks.class, "catchError"));
    helper.registerAllowedMethod(
        "parallelTestsShard",
        List.of(Map.class, Closure.class),
        new MethodClosure(Mocks.class, "shard"));
  }

  @BeforeEach
  void becomeCurrent() {
    current = this;
    pipeline.getHelper().clearCallStack();
    pipeline.getBinding().setVariable("env", env);
  }

  @Test
  void shouldRunPrepareOncePerShardAndTheBodyOncePerBatchUntilTheQueueIsDrained() throws Exception {
    run("queue.jenkins");

    assertThat(events)
        .filteredOn(e -> e.startsWith("sh prepare"))
        .containsExactly("sh prepare shard 1", "sh prepare shard 2");
    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    assertThat(batches).isNotEmpty().allMatch(b -> b.status() == BatchStatus.DONE);
    assertThat(events).filteredOn(e -> e.startsWith("sh run batch")).hasSize(batches.size());
    assertThat(batches.stream().flatMap(b -> b.batch().units().stream()))
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
    assertThat(events).filteredOn(e -> e.equals("junit")).hasSize(batches.size());
    assertThat(events).last().isEqualTo("publishChecks");
    assertThat(events).contains("shard marker 1", "shard marker 2");
  }

  @Test
  void shouldDescribeEachBatchWithTheShardsVariablesAndItsOwnFiles() throws Exception {
    run("queue.jenkins");

    assertThat(events)
        .filteredOn(e -> e.startsWith("env ") && e.contains("PARALLEL_TESTS_BATCH=2,"))
        .singleElement()
        .satisfies(
            e ->
                assertThat(e)
                    .contains("PARALLEL_TESTS_ATTEMPT=1")
                    .contains("PARALLEL_TESTS_SHARDS=2")
                    .contains(
                        "PARALLEL_TESTS_INCLUDES="
                            + TMP
                            + "/parallel-tests/default/shard-1/batch-2/includes.txt"));
  }

  @Test
  void shouldMoveEachBatchsReportsAsideBeforeTheNextBatchPublishes() throws Exception {
    run("queue.jenkins");

    List<String> flow =
        events.stream()
            .filter(e -> e.equals("junit") || e.startsWith("aside") || e.startsWith("sh run"))
            .toList();
    for (int i = 0; i < flow.size(); i++) {
      if (flow.get(i).equals("junit")) {
        assertThat(flow.get(i + 1)).startsWith("aside");
      }
    }
    assertThat(events).contains("aside " + TMP + "/parallel-tests/default/shard-1/stale-reports");
  }

  @Test
  void shouldGoOnAfterAFailedBatchAndFailTheBranchAtTheEnd() throws Exception {
    failingBatch = "run batch 1 of shard 1";

    assertThatThrownBy(() -> run("queue.jenkins")).hasMessageContaining("failed");

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    assertThat(batches).allMatch(b -> b.status() == BatchStatus.DONE);
    assertThat(batches.stream().flatMap(b -> b.batch().units().stream()))
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
  }

  @Test
  void shouldStopAllClaimingAfterAFailedBatchWithFailFast() throws Exception {
    failingBatch = "run batch 1 of shard 1";

    assertThatThrownBy(() -> run("queue-fail-fast.jenkins")).hasMessageContaining("failed");

    assertThat(QueueService.batches(buildDir, "")).hasSize(1);
    assertThat(events).filteredOn(e -> e.startsWith("sh run batch")).hasSize(1);
  }

  @Test
  void shouldGiveABatchBackWithoutFailingTheBranchWhenItsShardFailsOutsideTheBody()
      throws Exception {
    failingBatch = "junit";

    run("queue.jenkins");

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    assertThat(batches.get(0).status()).isEqualTo(BatchStatus.LOST);
    // Shard 2 ran the lost batch's units as a second attempt.
    assertThat(batches)
        .anySatisfy(
            b -> {
              assertThat(b.batch().attempt()).isEqualTo(2);
              assertThat(b.batch().shard()).isEqualTo(2);
              assertThat(b.batch().units())
                  .containsExactlyInAnyOrderElementsOf(batches.get(0).batch().units());
            });
    assertThat(verdict().problems()).isEmpty();
  }

  @Test
  void shouldRerunATimedOutBatchOnAnotherShardAndLeaveTheBuildGreen() throws Exception {
    timingOutBatches = List.of("1");

    run("queue.jenkins");

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    BatchRecord first = batches.get(0);
    assertThat(first.status()).isEqualTo(BatchStatus.LOST);
    assertThat(first.note()).isEqualTo("interrupted: Timeout has been exceeded");
    // Shard 1 claimed nothing after its lost batch; shard 2 reran its units once, as attempt 2.
    assertThat(batches.subList(1, batches.size())).allMatch(b -> b.batch().shard() == 2);
    assertThat(
            batches.stream()
                .filter(b -> b.batch().attempt() == 2)
                .flatMap(b -> b.batch().units().stream()))
        .containsExactlyInAnyOrderElementsOf(first.batch().units());
    assertThat(
            batches.stream()
                .filter(b -> b.status() == BatchStatus.DONE)
                .flatMap(b -> b.batch().units().stream()))
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
    // The lost batch's partial reports are not published: shard 2 publishes its units.
    assertThat(events).filteredOn(e -> e.equals("junit")).hasSize(batches.size() - 1);
    QueueVerdict verdict = verdict();
    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.notes())
        .singleElement()
        .satisfies(
            n ->
                assertThat(n)
                    .startsWith(
                        "shard 1 lost batch 1 (interrupted: Timeout has been exceeded); shard 2"
                            + " (batch ")
                    .endsWith(") reran its " + first.batch().units().size() + " units"));
    assertThat(events).contains("record");
  }

  @Test
  void shouldRerunABatchWhoseAgentWasRemovedAndLeaveTheBuildGreen() throws Exception {
    // How Pipeline cancels a node body when its agent is removed
    // (workflow-durable-task-step@46cb22f
    // ExecutorStepExecution.java:436): the running step ends with this.
    bodyThrows = new FlowInterruptedException(Result.ABORTED, false, new RemovedNodeCause());
    bodyThrowsInBatch = "1";

    run("queue.jenkins");

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    assertThat(batches.get(0).status()).isEqualTo(BatchStatus.LOST);
    assertThat(batches.get(0).note()).contains("Agent was removed");
    assertThat(verdict().problems()).isEmpty();
    assertThat(
            batches.stream()
                .filter(b -> b.status() == BatchStatus.DONE)
                .flatMap(b -> b.batch().units().stream()))
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
  }

  @Test
  void shouldRerunABatchWhoseAgentsChannelClosedInTheBody() throws Exception {
    // A step that needs the agent while it is gone fails without an interruption
    // (remoting Channel.java:2052-2070; workflow-durable-task-step AgentErrorCondition.java:61).
    bodyThrows = new IOException("sh failed", new ChannelClosedException());
    bodyThrowsInBatch = "1";

    run("queue.jenkins");

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    assertThat(batches.get(0).status()).isEqualTo(BatchStatus.LOST);
    assertThat(verdict().problems()).isEmpty();
  }

  @Test
  void shouldNameTheUnitsOfABatchLostTwiceAndNotFailTheBranches() throws Exception {
    // Shard 1 times out its batch 1; shard 2 times out the second attempt (batch 2) too.
    timingOutBatches = List.of("1", "2");

    run("queue.jenkins");

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    assertThat(batches).hasSize(2).allMatch(b -> b.status() == BatchStatus.LOST);
    QueueVerdict verdict = verdict();
    assertThat(verdict.complete()).isFalse();
    assertThat(verdict.problems())
        .anySatisfy(
            p -> {
              assertThat(p.message()).contains("lost twice");
              assertThat(p.units())
                  .containsExactlyInAnyOrderElementsOf(batches.get(0).batch().units());
            });
    // Both shards are lost: the rest was never handed out, and is named too.
    assertThat(verdict.problems().stream().flatMap(p -> p.units().stream()))
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
    assertThat(events).contains("record");
  }

  @Test
  void shouldAbortOnARealInterruptionAndHandOutNothingMore() throws Exception {
    // A person aborting the build: CpsFlowExecution.interrupt sets the execution's result, then
    // stops the running steps with an actual interruption (workflow-cps@e007b7f
    // CpsFlowExecution.java:1300-1304).
    abortInBatch = "1";

    assertThatThrownBy(() -> run("queue.jenkins"))
        .isInstanceOfSatisfying(
            FlowInterruptedException.class, e -> assertThat(e.isActualInterruption()).isTrue());

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    // Shard 2 (run after shard 1 here) claims nothing: its units are not rerun in an aborted build.
    assertThat(batches).singleElement().matches(b -> b.status() == BatchStatus.LOST);
    assertThat(events).filteredOn(e -> e.startsWith("sh run batch")).hasSize(1);
    assertThat(QueueService.open(buildDir, "").orElseThrow().stopReason())
        .contains("the build was aborted");
    assertThat(verdict().problems())
        .isNotEmpty()
        .allSatisfy(
            p -> assertThat(p.message()).contains("the queue stopped (the build was aborted)"));
    assertThat(events).contains("record");
  }

  @Test
  void shouldStopClaimingWhenTheBuildIsAbortedAndCatchErrorSwallowsTheInterruption()
      throws Exception {
    abortInBatch = "1";

    // The claim after the swallowed abort ends the shard with an actual interruption; shard 2's
    // first claim does the same: the parallel, and so the build, ends ABORTED.
    assertThatThrownBy(() -> run("queue-catch-error.jenkins"))
        .isInstanceOfSatisfying(
            FlowInterruptedException.class,
            e -> {
              assertThat(e.isActualInterruption()).isTrue();
              assertThat(e.getResult()).isSameAs(Result.ABORTED);
              assertThat(e.getCauses())
                  .singleElement()
                  .extracting(c -> c.getShortDescription())
                  .isEqualTo("parallelTests handed out no more batches: the build was aborted");
            });

    assertThat(events).contains("catchError caught FlowInterruptedException");
    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    // Batch 1's body returned as if it had run, but the abort reached it and catchError swallowed
    // it: its tests may have been cut short, so it counts as lost, not done, and is not rerun in
    // the stopped queue. (Recorded done, its units would be named nowhere.)
    assertThat(batches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.status()).isEqualTo(BatchStatus.LOST);
              assertThat(b.note()).isEqualTo("interrupted: the build was aborted");
            });
    assertThat(events).filteredOn(e -> e.startsWith("sh run batch")).hasSize(1);
    assertThat(events)
        .filteredOn(e -> e.startsWith("claim ") && e.contains("shard=2"))
        .hasSize(2); // its first claim, then its report as it ends
    assertThat(log.toString(StandardCharsets.UTF_8))
        .contains(
            "[parallelTests] shard 1: batch 1 counts as not run (interrupted: the build was"
                + " aborted;")
        .contains("[parallelTests] shard 1 takes no more batches: the build was aborted")
        .contains("[parallelTests] shard 2 takes no more batches: the build was aborted");
    QueueVerdict verdict = verdict();
    assertThat(verdict.complete()).isFalse();
    assertThat(verdict.problems())
        .isNotEmpty()
        .allSatisfy(
            p -> assertThat(p.message()).contains("the queue stopped (the build was aborted)"))
        .anySatisfy(
            p -> {
              assertThat(p.message()).contains("lost and never rerun");
              assertThat(p.units())
                  .containsExactlyInAnyOrderElementsOf(batches.get(0).batch().units());
            });
    // Every unit of the plan is named as not run: batch 1's and those never handed out.
    assertThat(verdict.problems().stream().flatMap(p -> p.units().stream()))
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
    assertThat(verdict.notes())
        .containsExactly("shard 2 claimed no batch: the queue stopped (the build was aborted)");
    assertThat(events).contains("record");
  }

  @Test
  void shouldStopClaimingWhenTheBuildIsAbortedAndATryCatchSwallowsTheInterruption()
      throws Exception {
    abortInBatch = "1";

    assertThatThrownBy(() -> run("queue-try-catch.jenkins"))
        .isInstanceOf(FlowInterruptedException.class);

    assertThat(events).contains("echo swallowed");
    assertThat(QueueService.batches(buildDir, ""))
        .singleElement()
        .matches(b -> b.status() == BatchStatus.LOST);
    assertThat(events).filteredOn(e -> e.startsWith("sh run batch")).hasSize(1);
  }

  @Test
  void shouldStopClaimingOnceATimeoutAroundTheCallExpiredAndTheBodySwallowedIt() throws Exception {
    timeUpInBatch = "1";

    // The claim ends the shard with the outer timeout's own cause, ExceededTimeout with that
    // block's node id, so leaving the block it is no actual interruption, as the timeout's own
    // would be (TimeoutStepExecution.java:242-266): a retry around it retries
    // (RetryStepExecution.java:92-93) whether or not a body swallowed the timeout.
    assertThatThrownBy(() -> run("queue-outer-timeout.jenkins"))
        .isInstanceOfSatisfying(
            FlowInterruptedException.class,
            e -> {
              assertThat(e.isActualInterruption()).isFalse();
              assertThat(e.getCauses())
                  .extracting(c -> c.getShortDescription())
                  .containsExactly(
                      "Timeout has been exceeded",
                      "parallelTests handed out no more batches: the enclosing timeout (10"
                          + " minutes) expired");
              assertThat(e.getCauses().get(0))
                  .isInstanceOfSatisfying(
                      TimeoutStepExecution.ExceededTimeout.class,
                      t -> assertThat(t.getNodeId()).isEqualTo("timeout-1"));
            });

    assertThat(events).contains("catchError caught FlowInterruptedException");
    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    // The timeout cut batch 1 short and catchError swallowed it: lost, and named as not run, so
    // the record step marks the build (UNSTABLE) even when a caller catches the timeout.
    assertThat(batches)
        .singleElement()
        .satisfies(
            b -> {
              assertThat(b.status()).isEqualTo(BatchStatus.LOST);
              assertThat(b.note())
                  .isEqualTo("interrupted: the enclosing timeout (10 minutes) expired");
            });
    assertThat(events).filteredOn(e -> e.startsWith("sh run batch")).hasSize(1);
    assertThat(QueueService.open(buildDir, "").orElseThrow().stopReason())
        .contains("the enclosing timeout (10 minutes) expired");
    assertThat(verdict().problems())
        .anySatisfy(
            p ->
                assertThat(p.units())
                    .containsExactlyInAnyOrderElementsOf(batches.get(0).batch().units()));
  }

  @Test
  void shouldGoOnClaimingWhileATimeoutAroundTheCallHasTimeLeft() throws Exception {
    run("queue-outer-timeout.jenkins");

    assertThat(QueueService.batches(buildDir, "")).hasSizeGreaterThan(1);
    assertThat(QueueService.open(buildDir, "").orElseThrow().stopReason()).isEmpty();
  }

  @Test
  void shouldGoOnClaimingAfterASwallowedInterruptionWhileTheBuildIsNotAborted() throws Exception {
    // catchError also swallows an agent's removal (and sets the run's result, not the
    // execution's: CatchErrorStep.java:258-272): the batch counts as run, and the shards go on.
    bodyThrows = new FlowInterruptedException(Result.ABORTED, false, new RemovedNodeCause());
    bodyThrowsInBatch = "1";

    run("queue-catch-error.jenkins");

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    assertThat(batches).hasSizeGreaterThan(1).allMatch(b -> b.status() == BatchStatus.DONE);
    assertThat(batches.stream().flatMap(b -> b.batch().units().stream()))
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
    assertThat(QueueService.open(buildDir, "").orElseThrow().stopReason()).isEmpty();
  }

  @Test
  void shouldLetOtherShardsRunTheWorkOfAShardWhoseNodeRequestWasCancelled() throws Exception {
    // The second shard's node block ends before its body: its queue item cancelled
    // (ExecutorStepExecution.java:284, an actual interruption, but an agent error).
    nodeThrows = new FlowInterruptedException(Result.ABORTED, true, new QueueTaskCancelled());
    nodeThrowsOnCall = 2;

    run("queue.jenkins");

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    assertThat(batches).allMatch(b -> b.batch().shard() == 1 && b.status() == BatchStatus.DONE);
    QueueVerdict verdict = verdict();
    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.notes())
        .containsExactly("shard 2 was lost before it claimed a batch: other shards ran its work");
  }

  @Test
  void shouldFailTheBranchWhenPrepareFails() throws Exception {
    failingPrepare = "prepare shard 2";

    assertThatThrownBy(() -> run("queue.jenkins")).hasMessageContaining("prepare shard 2 failed");

    assertThat(QueueService.batches(buildDir, "")).allMatch(b -> b.batch().shard() == 1);
  }

  @Test
  void shouldNotRunABatchAgainWhoseReportsWerePublishedButCouldNotBeMovedAside() throws Exception {
    failingAside = "/batch-1/reports";

    run("queue.jenkins");

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    // junit published batch 1: it ran. Given back, its tests would run and publish twice.
    assertThat(batches.get(0).status()).isEqualTo(BatchStatus.DONE);
    assertThat(batches).noneMatch(b -> b.batch().attempt() == 2);
    assertThat(batches.subList(1, batches.size())).allMatch(b -> b.batch().shard() == 2);
    assertThat(batches.stream().flatMap(b -> b.batch().units().stream()))
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
    // Every unit ran: the shard ends with a log line, not the build with an error.
    assertThat(verdict().problems()).isEmpty();
    assertThat(events)
        .anyMatch(
            e ->
                e.startsWith("echo [parallelTests] shard 1 takes no more batches")
                    && e.contains("the agent went away"));
  }

  @Test
  void shouldPublishAndNotRerunABatchEndedByAnotherInterruption() throws Exception {
    // A build step whose downstream job failed (pipeline-build-step@4b67ea1
    // BuildTriggerListener.java:76): the batch ran and failed; rerunning it would not help.
    bodyThrows = new FlowInterruptedException(Result.FAILURE, false, new DownstreamFailureCause());
    bodyThrowsInBatch = "1";

    assertThatThrownBy(() -> run("queue.jenkins")).isInstanceOf(FlowInterruptedException.class);

    List<BatchRecord> batches = QueueService.batches(buildDir, "");
    assertThat(batches).noneMatch(b -> b.status() == BatchStatus.LOST);
    assertThat(batches).noneMatch(b -> b.batch().attempt() == 2);
    assertThat(events).filteredOn(e -> e.equals("junit")).hasSize(batches.size());
  }

  @Test
  void shouldBackOffWhileWaitingForAnotherShardsBatch() throws Exception {
    shard2HoldsABatch = true;

    run("queue.jenkins");

    // SleepStep logs each sleep (workflow-basic-steps@a789b07 SleepStep.java:103): 5 s each time
    // would add three log lines and two flow nodes every 5 s for as long as a shard waits.
    assertThat(sleeps).containsExactly(5, 10, 15, 20, 25, 30, 30, 30);
    assertThat(QueueService.batches(buildDir, "")).allMatch(b -> b.status() == BatchStatus.DONE);
  }

  @Test
  void shouldRefusePrepareWithoutQueueMode() {
    assertThatThrownBy(() -> run("prepare-without-queue.jenkins"))
        .hasMessageContaining("needs mode: 'queue'");
  }

  @Test
  void shouldRefuseAnUnknownMode() {
    assertThatThrownBy(() -> run("unknown-mode.jenkins")).hasMessageContaining("'dynamic'");
  }

  // ---- mocks ----

  private Object plan(Map<String, Object> args) {
    assertThat(args).doesNotContainKeys("mode", "prepare");
    ResolvedSettings settings =
        ResolvedSettings.resolve(
            new StepParameters(
                (String) args.get("shards"),
                null,
                (String) args.get("testResults"),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                (Boolean) args.get("failFast")),
            new GlobalDefaults(null, null, null, null, 30, null, null));
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      units.add(UnitEstimate.known("com.example.Test" + i, 1000L * (i + 1), 5));
    }
    plan = ShardPlanner.plan(PlanRequest.of(units, settings.shards()));
    try {
      PlanJson.write(plan, BuildFiles.plan(buildDir, ""));
      if (shard2HoldsABatch) {
        // Shard 2 has a batch running while shard 1 drains the queue: shard 1 must wait for it.
        Map<String, Object> claim = QueueService.claim(build(), 2);
        heldBatch = (Integer) ((Map<?, ?>) claim.get("batch")).get("id");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ScriptPlan.of(settings, plan);
  }

  /** The step's own answer ({@link ParallelTestsClaimStep#answer}) on this test's queue. */
  private Object claim(Map<String, Object> args) {
    events.add("claim " + args);
    ParallelTestsClaimStep step = new ParallelTestsClaimStep((Integer) args.get("shard"));
    step.setName((String) args.get("name"));
    if (args.get("done") != null) {
      step.setDone((Integer) args.get("done"));
      step.setTestMillis(((Number) args.get("testMillis")).longValue());
      step.setFailed(Boolean.TRUE.equals(args.get("failed")));
      step.setFailFast(Boolean.TRUE.equals(args.get("failFast")));
    }
    if (args.get("lost") != null) {
      step.setLost((Integer) args.get("lost"));
      step.setReason((String) args.get("reason"));
    }
    step.setLostShard((String) args.get("lostShard"));
    if (Boolean.FALSE.equals(args.get("claim"))) {
      step.setClaim(false);
    }
    try {
      Optional<BuildAbort> abort = BuildAbort.of(true, executionResult);
      for (Map<String, Object> timeout : enclosingTimeouts) {
        if (abort.isEmpty()) {
          abort =
              BuildAbort.expiredTimeout(
                  (String) timeout.get("id"), timeout, (Long) timeout.get("start"), now);
        }
      }
      return ParallelTestsClaimStep.answer(
          step, build(), abort, new PrintStream(log, true, StandardCharsets.UTF_8));
    } catch (Exception e) {
      return ParallelTestsQueueScriptTest.<RuntimeException>sneakyThrow(e);
    }
  }

  private QueueService.Build build() {
    return new QueueService.Build(buildDir, "", System::currentTimeMillis);
  }

  private void sleep(Map<String, Object> args) {
    events.add("sleep");
    sleeps.add(args.get("time"));
    if (sleeps.size() == 8) {
      try {
        QueueService.done(build(), heldBatch, 1000, false, false);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private Object setAside(Map<String, Object> args) {
    events.add("aside " + args.get("into"));
    if (!failingAside.isEmpty() && args.get("into").toString().endsWith(failingAside)) {
      // As AgentOfflineException (an IOException) when the agent is gone, or the resume failure
      // of a non-blocking step after a restart (SynchronousNonBlockingStepExecution.java:76-78).
      throw new UncheckedIOException(new IOException("the agent went away"));
    }
    return Map.of("files", 1, "testMillis", 500L);
  }

  private void parallel(Map<String, Object> branches) {
    events.add("parallel failFast=" + branches.get("failFast"));
    // Without failFast every branch runs to its end; then parallel fails with the first failure
    // (checked ones included: a branch's FlowInterruptedException).
    Exception failure = null;
    for (Map.Entry<String, Object> branch : new LinkedHashMap<>(branches).entrySet()) {
      if (branch.getValue() instanceof Closure<?> body) {
        try {
          pipeline.getHelper().callClosure(body);
        } catch (Exception e) {
          failure = failure == null ? e : failure;
        }
      }
    }
    if (failure != null) {
      ParallelTestsQueueScriptTest.<RuntimeException>sneakyThrow(failure);
    }
  }

  private boolean junitFailed;

  private void junit() {
    events.add("junit");
    if (failingBatch.equals("junit") && !junitFailed) {
      junitFailed = true;
      throw new IllegalStateException("junit failed: the agent went away");
    }
  }

  private void sh(String command) {
    events.add("sh " + command);
    if (command.equals(failingBatch) || command.equals(failingPrepare)) {
      throw new IllegalStateException(command + " failed");
    }
    if (!timeUpInBatch.isEmpty() && command.startsWith("run batch " + timeUpInBatch + " ")) {
      // The timeout around the call expires while this batch runs: it cancels its body, whose
      // running step ends with an actual interruption (TimeoutStepExecution.java:170, 202); the
      // build itself is not interrupted.
      now += 10 * 60_000L;
      String outer = (String) enclosingTimeouts.get(0).get("id");
      ParallelTestsQueueScriptTest.<RuntimeException>sneakyThrow(
          new FlowInterruptedException(
              Result.ABORTED, true, new TimeoutStepExecution.ExceededTimeout(outer)));
    }
    if (!abortInBatch.isEmpty() && command.startsWith("run batch " + abortInBatch + " ")) {
      // A person presses Stop while this batch runs: the execution's result is set first, then
      // the running step ends with an actual interruption (CpsFlowExecution.java:1300-1320).
      executionResult = Result.ABORTED;
      ParallelTestsQueueScriptTest.<RuntimeException>sneakyThrow(
          new FlowInterruptedException(Result.ABORTED, true, new UserInterruption()));
    }
    if (bodyThrows != null
        && command.startsWith("run batch")
        && bodyThrowsInBatch.equals(env.get("PARALLEL_TESTS_BATCH"))) {
      ParallelTestsQueueScriptTest.<RuntimeException>sneakyThrow(bodyThrows);
    }
  }

  private QueueVerdict verdict() throws IOException {
    return QueueService.verdict(buildDir, "").orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static <E extends Throwable> Object sneakyThrow(Throwable e) throws E {
    throw (E) e;
  }

  /** Static entry points for the closure-taking mocks. */
  public static final class Mocks {
    private Mocks() {}

    public static Object withEnv(List<?> entries, Closure<?> body) {
      Map<String, String> saved = new LinkedHashMap<>(current.env);
      current.events.add("env " + entries);
      for (Object entry : entries) {
        String text = entry.toString();
        int eq = text.indexOf('=');
        current.env.put(text.substring(0, eq), text.substring(eq + 1));
      }
      try {
        return pipeline.getHelper().callClosure(body);
      } finally {
        current.env.clear();
        current.env.putAll(saved);
      }
    }

    public static Object node(String label, Closure<?> body) {
      current.events.add("node " + label);
      current.nodeCalls++;
      if (current.nodeThrows != null && current.nodeCalls == current.nodeThrowsOnCall) {
        ParallelTestsQueueScriptTest.<RuntimeException>sneakyThrow(current.nodeThrows);
      }
      return pipeline.getHelper().callClosure(body);
    }

    public static Object timeout(Map<String, Object> args, Closure<?> body) {
      Map<String, Object> block = new LinkedHashMap<>(args);
      String id = "timeout-" + (++current.timeoutNodes);
      block.put("start", current.now);
      block.put("id", id);
      current.enclosingTimeouts.add(block);
      Object result;
      try {
        result = pipeline.getHelper().callClosure(body);
      } catch (Exception thrown) {
        // The timeout block's own rule as an interruption leaves it (workflow-basic-steps@a789b07
        // TimeoutStepExecution.java:242-266): one carrying its ExceededTimeout(nodeId) is no
        // actual interruption any more (setActualInterruption(false), 260; the offline stand-in
        // keeps its flag, so the same exception is made anew).
        if (thrown instanceof FlowInterruptedException e
            && e.isActualInterruption()
            && e.getCauses().stream()
                .anyMatch(
                    c ->
                        c instanceof TimeoutStepExecution.ExceededTimeout t
                            && id.equals(t.getNodeId()))) {
          thrown =
              new FlowInterruptedException(
                  e.getResult(), false, e.getCauses().toArray(new CauseOfInterruption[0]));
        }
        return ParallelTestsQueueScriptTest.<RuntimeException>sneakyThrow(thrown);
      } finally {
        current.enclosingTimeouts.remove(current.enclosingTimeouts.size() - 1);
      }
      String batch = current.env.get("PARALLEL_TESTS_BATCH");
      if (batch != null && current.timingOutBatches.contains(batch)) {
        // How the real timeout ends its body: workflow-basic-steps@a789b07
        // TimeoutStepExecution.java:202 cancels it with ExceededTimeout, which the body's step
        // ends with as a FlowInterruptedException (170: ABORTED, ExceededTimeout); leaving the
        // timeout block that set it, it is no real interruption any more (243-262).
        ParallelTestsQueueScriptTest.<RuntimeException>sneakyThrow(
            new FlowInterruptedException(Result.ABORTED, false, new ExceededTimeout()));
      }
      return result;
    }

    /**
     * catchError's defaults: any error of the body, an interruption included, is caught
     * (workflow-basic-steps@a789b07 CatchErrorStep.java:62, 241-278) and the step ends normally.
     */
    public static Object catchError(Closure<?> body) {
      try {
        return pipeline.getHelper().callClosure(body);
      } catch (Throwable e) {
        current.events.add("catchError caught " + e.getClass().getSimpleName());
        return null;
      }
    }

    public static Object shard(Map<String, Object> args, Closure<?> body) {
      current.events.add("shard marker " + args.get("shard"));
      return pipeline.getHelper().callClosure(body);
    }
  }

  private void run(String jenkinsfile) throws Exception {
    Script script = pipeline.loadScript(jenkinsfile);
    pipeline.runScript(script);
  }

  private static Path scriptRoot() throws URISyntaxException {
    URL script =
        ParallelTestsQueueScriptTest.class.getResource(
            "/io/jenkins/plugins/paralleltests/ParallelTests.groovy");
    return Path.of(script.toURI()).getParent().getParent().getParent().getParent().getParent();
  }

  private static Path testRoot() throws URISyntaxException {
    URL dir =
        ParallelTestsQueueScriptTest.class.getResource(
            "ParallelTestsQueueScriptTest/queue.jenkins");
    return Path.of(dir.toURI()).getParent();
  }

  /** A step without arguments that answers {@code value}, as {@code pwd()} does. */
  private static final class Constant extends Closure<Object> {
    private final String value;

    Constant(String value) {
      super(null);
      this.value = value;
    }

    @SuppressWarnings("unused") // called by Groovy
    public Object doCall() {
      return value;
    }
  }
}
