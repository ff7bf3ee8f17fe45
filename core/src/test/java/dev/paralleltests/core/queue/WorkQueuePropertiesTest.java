package dev.paralleltests.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.property.Gen;
import dev.paralleltests.core.property.Property;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random runs of the queue (shards claim, report, die, time out half-way, the controller restarts,
 * fail-fast stops it): whatever happens, no unit runs twice, and every unit either ran, is reported
 * missing by name, or was never handed out because the queue stopped or no shard was left.
 */
class WorkQueuePropertiesTest {

  @TempDir Path dir;

  /** A random run's inputs: durations of the suite, shard count, catch-all, the events' seed. */
  record Run(List<Long> times, int shards, boolean catchAll, long seed) {}

  static Run run(Gen g) {
    return new Run(
        g.list(0, 80, x -> x.longBetween(0, 60_000)),
        g.intBetween(1, 8),
        g.oneOf(true, false),
        g.anyLong());
  }

  @Test
  void everyUnitRunsAtMostOnceAndNoneIsLostSilently() {
    Property.forAll(150, WorkQueuePropertiesTest::run, this::check);
  }

  private void check(Run in) throws IOException {
    List<UnitEstimate> suite = new ArrayList<>();
    for (int i = 0; i < in.times().size(); i++) {
      suite.add(UnitEstimate.known("c" + i, in.times().get(i), 3));
    }
    ShardPlan plan =
        ShardPlanner.plan(
            PlanRequest.of(suite, in.shards())
                .withSafetyNet(
                    in.catchAll() || suite.isEmpty()
                        ? SafetyNet.CATCH_ALL
                        : SafetyNet.INCLUSIONS_ONLY));
    Random random = new Random(in.seed());
    Plans.Clock clock = new Plans.Clock();
    Path file = dir.resolve("queue.json");
    Files.deleteIfExists(file);
    WorkQueue q = WorkQueue.create(plan, QueueSettings.defaults(), file, clock::get);
    int n = plan.shards().size();

    Map<String, Integer> runs = new HashMap<>();
    int catchAllRuns = 0;
    Map<Integer, Batch> running = new HashMap<>();
    Set<Integer> finished = new HashSet<>();
    for (int step = 0; step < 2_000 && finished.size() + q.lostShards().size() < n; step++) {
      clock.advance(random.nextInt(5_000));
      int shard = 1 + random.nextInt(n);
      if (finished.contains(shard) || q.lostShards().contains(shard)) {
        continue;
      }
      int roll = random.nextInt(100);
      if (roll < 2) {
        q = WorkQueue.open(file, clock::get); // the controller restarts
      } else if (roll < 3) {
        q.stop("failFast");
      }
      Batch b = running.get(shard);
      if (b == null) {
        Claim c = q.claim(shard);
        if (c.kind() == Claim.Kind.DONE) {
          finished.add(shard);
        } else if (c.kind() == Claim.Kind.BATCH) {
          running.put(shard, c.batch().orElseThrow());
        }
        continue;
      }
      running.remove(shard);
      if (roll < 8) {
        // Dies or times out after reporting a random part of its units.
        List<String> reported = b.units().stream().filter(u -> random.nextBoolean()).toList();
        reported.forEach(u -> runs.merge(u, 1, Integer::sum));
        q.lose(b.id(), reported, "timed out");
      } else {
        b.units().forEach(u -> runs.merge(u, 1, Integer::sum));
        if (b.catchAll()) {
          catchAllRuns++;
        }
        q.complete(b.id(), 1_000 + random.nextInt(1_000), random.nextInt(1_000));
      }
    }

    assertThat(runs.values()).allMatch(count -> count == 1);
    assertThat(catchAllRuns).isLessThanOrEqualTo(1);
    Set<String> accounted = new HashSet<>(runs.keySet());
    accounted.addAll(q.missingUnits());
    accounted.addAll(q.unrunUnits());
    running.values().forEach(b -> accounted.addAll(b.units()));
    assertThat(accounted).containsExactlyInAnyOrderElementsOf(plan.allUnits());
    if (q.stopReason().isEmpty() && q.lostShards().isEmpty() && running.isEmpty()) {
      // Nothing went wrong: everything ran, the catch-all batch included.
      assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(plan.allUnits());
      assertThat(catchAllRuns).isEqualTo(plan.catchAllShard().isPresent() ? 1 : 0);
    }
  }
}
