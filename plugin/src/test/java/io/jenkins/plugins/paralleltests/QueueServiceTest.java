package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.queue.BatchStatus;
import dev.paralleltests.core.queue.QueueVerdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The controller's queue of one build, as the claim step uses it, on a real build directory. */
class QueueServiceTest {

  @TempDir Path buildDir;
  private final AtomicLong now = new AtomicLong(1_000_000);

  private QueueService.Build build(String name) {
    return new QueueService.Build(buildDir, name, now::get);
  }

  private ShardPlan writePlan(String name, SafetyNet net) throws IOException {
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      units.add(UnitEstimate.known("com.example.Test" + i, 1000L * (i + 1), 5));
    }
    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 2).withSafetyNet(net));
    PlanJson.write(plan, BuildFiles.plan(buildDir, name));
    return plan;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> batch(Map<String, Object> claim) {
    assertThat(claim).containsEntry("kind", "batch");
    return (Map<String, Object>) claim.get("batch");
  }

  @SuppressWarnings("unchecked")
  private static String file(Map<String, Object> batch, String variable) {
    for (Object f : (List<Object>) batch.get("files")) {
      Map<String, Object> file = (Map<String, Object>) f;
      if (file.get("variable").equals(variable)) {
        return (String) file.get("text");
      }
    }
    throw new AssertionError("no file " + variable);
  }

  @Test
  void shouldKeepTheQueueInTheBuildDirectoryNextToThePlan() throws IOException {
    writePlan("it", SafetyNet.INCLUSIONS_ONLY);

    QueueService.claim(build("it"), 1);

    assertThat(buildDir.resolve("parallel-tests/queue-it.json")).isNotEmptyFile();
  }

  @Test
  void shouldDescribeABatchWithTheUnitsItHoldsOnly() throws IOException {
    ShardPlan plan = writePlan("", SafetyNet.INCLUSIONS_ONLY);

    Map<String, Object> batch = batch(QueueService.claim(build(""), 2));

    String units = file(batch, ShardFiles.UNITS);
    assertThat(units.lines()).isNotEmpty().allMatch(plan.shard(2).units()::contains);
    assertThat(units.lines().count()).isEqualTo((int) batch.get("units"));
    assertThat((List<String>) batch.get("env"))
        .contains("PARALLEL_TESTS_SHARD=2", "PARALLEL_TESTS_BATCH=1", "PARALLEL_TESTS_ATTEMPT=1");
  }

  @Test
  void shouldTellTheCatchAllBatchToExcludeEveryPlannedUnit() throws IOException {
    ShardPlan plan = writePlan("", SafetyNet.CATCH_ALL);
    Map<String, Object> batch;
    while (true) {
      batch = batch(QueueService.claim(build(""), 1));
      if (Boolean.TRUE.equals(batch.get("catchAll"))) {
        break;
      }
      QueueService.done(build(""), (int) batch.get("id"), 100, false, false);
    }

    String excludes = file(batch, ShardFiles.EXCLUDES);
    for (String unit : plan.allUnits()) {
      assertThat(excludes).contains(unit.replace('.', '/'));
    }
    assertThat((List<String>) batch.get("env")).contains("PARALLEL_TESTS_CATCH_ALL=true");
  }

  @Test
  void shouldMeasureABatchFromItsClaimToItsReport() throws IOException {
    writePlan("", SafetyNet.INCLUSIONS_ONLY);
    int id = (int) batch(QueueService.claim(build(""), 1)).get("id");
    now.addAndGet(9_000);

    QueueService.done(build(""), id, 6_000, false, false);

    var record = QueueService.batches(buildDir, "").get(0);
    assertThat(record.wallMillis()).isEqualTo(9_000);
    assertThat(record.startCostMillis()).isEqualTo(3_000);
  }

  @Test
  void shouldStopHandingOutWorkAfterAFailedBatchWithFailFast() throws IOException {
    writePlan("", SafetyNet.INCLUSIONS_ONLY);
    int id = (int) batch(QueueService.claim(build(""), 1)).get("id");

    QueueService.done(build(""), id, 100, true, true);

    assertThat(QueueService.claim(build(""), 2)).containsEntry("kind", "done");
    assertThat((String) QueueService.claim(build(""), 2).get("reason")).contains("failFast");
  }

  @Test
  void shouldGiveALostShardsBatchToTheOtherShard() throws IOException {
    writePlan("", SafetyNet.INCLUSIONS_ONLY);
    Map<String, Object> lost = batch(QueueService.claim(build(""), 1));

    QueueService.lostShard(build(""), 1, "agent went offline");

    Map<String, Object> retry = batch(QueueService.claim(build(""), 2));
    assertThat(retry).containsEntry("attempt", 2).containsEntry("units", lost.get("units"));
    assertThat(QueueService.batches(buildDir, "").get(0).status()).isEqualTo(BatchStatus.LOST);
  }

  @Test
  void shouldAnswerTheSameBatchAfterARestartWhenTheShardAsksAgain() throws IOException {
    writePlan("", SafetyNet.INCLUSIONS_ONLY);
    Map<String, Object> first = batch(QueueService.claim(build(""), 1));

    // A new service call reads the state file again, as after a controller restart.
    Map<String, Object> again = batch(QueueService.claim(build(""), 1));

    assertThat(again).isEqualTo(first);
  }

  @Test
  void shouldJudgeEachShardByWhatItRanAndLeaveWhatNeverRanToTheQueuesVerdict() throws IOException {
    writePlan("", SafetyNet.INCLUSIONS_ONLY);
    Map<String, Object> first = batch(QueueService.claim(build(""), 1));
    QueueService.lostShard(build(""), 1, "agent went offline");
    Map<String, Object> retry = batch(QueueService.claim(build(""), 2));
    QueueService.lost(build(""), (int) retry.get("id"), "timed out");

    ShardPlan asRun = QueueService.planAsRun(buildDir, "").orElseThrow();
    QueueVerdict verdict = QueueService.verdict(buildDir, "").orElseThrow();

    // No batch ran: no shard is to show any result; the queue names every unit that never ran.
    assertThat(asRun.allUnits()).isEmpty();
    List<String> lostTwice = file(first, ShardFiles.UNITS).lines().toList();
    assertThat(verdict.problems())
        .anySatisfy(p -> assertThat(p.units()).containsExactlyInAnyOrderElementsOf(lostTwice));
    assertThat(verdict.problems().stream().flatMap(p -> p.units().stream()))
        .containsExactlyInAnyOrderElementsOf(
            PlanJson.read(BuildFiles.plan(buildDir, "")).allUnits());
  }

  @Test
  void shouldGiveEachShardTheUnitsOfItsDoneBatchesOnly() throws IOException {
    writePlan("", SafetyNet.INCLUSIONS_ONLY);
    Map<String, Object> lost = batch(QueueService.claim(build(""), 1));
    QueueService.lost(build(""), (int) lost.get("id"), "timed out");
    List<String> ranBy2 = new ArrayList<>();
    for (Map<String, Object> c = QueueService.claim(build(""), 2);
        c.get("kind").equals("batch");
        c = QueueService.claim(build(""), 2)) {
      Map<String, Object> b = batch(c);
      ranBy2.addAll(file(b, ShardFiles.UNITS).lines().toList());
      QueueService.done(build(""), (int) b.get("id"), 500, false, false);
    }

    ShardPlan asRun = QueueService.planAsRun(buildDir, "").orElseThrow();

    assertThat(asRun.shard(1).units()).isEmpty();
    assertThat(asRun.shard(2).units()).containsExactlyInAnyOrderElementsOf(ranBy2);
    assertThat(QueueService.verdict(buildDir, "").orElseThrow().problems()).isEmpty();
  }

  @Test
  void shouldJudgeByThePlanWhenNoQueueRan() throws IOException {
    writePlan("", SafetyNet.INCLUSIONS_ONLY);

    assertThat(QueueService.planAsRun(buildDir, "")).isEmpty();
  }

  @Test
  void shouldRefuseToClaimBeforeThePlanningStepRan() {
    assertThatThrownBy(() -> QueueService.claim(build(""), 1))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("parallelTestsPlan must run first");
  }
}
