package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.queue.BatchRecord;
import dev.paralleltests.core.queue.BatchStatus;
import dev.paralleltests.core.queue.QueueVerdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    return writePlan(buildDir, name, net, 10, 2);
  }

  private static ShardPlan writePlan(Path dir, String name, SafetyNet net, int count, int shards)
      throws IOException {
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      units.add(UnitEstimate.known("com.example.Test" + i, 1000L * (i + 1), 5));
    }
    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, shards).withSafetyNet(net));
    PlanJson.write(plan, BuildFiles.plan(dir, name));
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

  /**
   * Every shard's branch claiming and reporting at once, half of them naming the build's directory
   * another way, while the build page reads the queue: each unit is handed out exactly once and
   * every batch handed out is in the state file, reported.
   */
  @Test
  void shouldHandOutEachUnitOnceWhenManyThreadsUseOneQueueAtOnce() throws Exception {
    int shards = 6;
    ShardPlan plan = writePlan(buildDir, "", SafetyNet.INCLUSIONS_ONLY, 60, shards);
    Path sameDir = buildDir.resolve(BuildFiles.DIR).resolve("..");
    List<String> handedOut = Collections.synchronizedList(new ArrayList<>());
    List<Integer> ids = Collections.synchronizedList(new ArrayList<>());
    CyclicBarrier start = new CyclicBarrier(shards + 1);
    ExecutorService threads = Executors.newFixedThreadPool(shards + 1);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int shard = 1; shard <= shards; shard++) {
        int s = shard;
        QueueService.Build build =
            new QueueService.Build(s % 2 == 0 ? sameDir : buildDir, "", now::get);
        work.add(
            threads.submit(
                () -> {
                  start.await();
                  while (true) {
                    Map<String, Object> claim = QueueService.claim(build, s);
                    if (claim.get("kind").equals("done")) {
                      return null;
                    }
                    if (claim.get("kind").equals("wait")) {
                      Thread.sleep(5);
                      continue;
                    }
                    Map<String, Object> b = batch(claim);
                    handedOut.addAll(file(b, ShardFiles.UNITS).lines().toList());
                    ids.add((Integer) b.get("id"));
                    QueueService.done(build, (int) b.get("id"), 10, false, false);
                  }
                }));
      }
      AtomicBoolean finished = new AtomicBoolean();
      Future<?> reader =
          threads.submit(
              () -> {
                start.await();
                while (!finished.get()) {
                  QueueService.batches(buildDir, "");
                }
                return null;
              });
      for (Future<?> f : work) {
        f.get(120, TimeUnit.SECONDS);
      }
      finished.set(true);
      reader.get(120, TimeUnit.SECONDS);
    } finally {
      threads.shutdownNow();
    }

    assertThat(handedOut)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
    List<BatchRecord> recorded = QueueService.batches(buildDir, "");
    assertThat(recorded).extracting(r -> r.batch().id()).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(recorded).allSatisfy(r -> assertThat(r.status()).isEqualTo(BatchStatus.DONE));
    assertThat(QueueService.lockedFiles()).isZero();
  }

  @Test
  void shouldKeepNoLockPerBuildOnceItsCallsReturned(@TempDir Path jobDir) throws IOException {
    for (int b = 1; b <= 50; b++) {
      Path build = jobDir.resolve("builds").resolve(Integer.toString(b));
      writePlan(build, "", SafetyNet.INCLUSIONS_ONLY, 4, 2);
      QueueService.Build queue = new QueueService.Build(build, "", now::get);
      int id = (int) batch(QueueService.claim(queue, 1)).get("id");
      QueueService.done(queue, id, 10, false, false);
      QueueService.verdict(build, "");
    }

    assertThat(QueueService.lockedFiles()).isZero();
  }
}
