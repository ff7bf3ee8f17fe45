package dev.paralleltests.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.lifecycle.AfterProperty;

/**
 * Random runs of the queue (shards claim, report, die, time out half-way, the controller restarts,
 * fail-fast stops it): whatever happens, no unit runs twice, and every unit either ran, is reported
 * missing by name, or was never handed out because the queue stopped or no shard was left.
 */
class WorkQueuePropertiesTest {

  private final Path dir;

  WorkQueuePropertiesTest() {
    try {
      dir = Files.createTempDirectory("queue-properties");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterProperty
  void clean() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(dir);
  }

  @Provide
  Arbitrary<List<UnitEstimate>> suites() {
    return Arbitraries.longs()
        .between(0, 60_000)
        .list()
        .ofMinSize(0)
        .ofMaxSize(80)
        .map(
            times -> {
              List<UnitEstimate> suite = new ArrayList<>();
              for (int i = 0; i < times.size(); i++) {
                suite.add(UnitEstimate.known("c" + i, times.get(i), 3));
              }
              return suite;
            });
  }

  @Property(tries = 150)
  void everyUnitRunsAtMostOnceAndNoneIsLostSilently(
      @ForAll("suites") List<UnitEstimate> suite,
      @ForAll @IntRange(min = 1, max = 8) int shards,
      @ForAll boolean catchAll,
      @ForAll long seed)
      throws IOException {
    ShardPlan plan =
        ShardPlanner.plan(
            PlanRequest.of(suite, shards)
                .withSafetyNet(
                    catchAll || suite.isEmpty() ? SafetyNet.CATCH_ALL : SafetyNet.INCLUSIONS_ONLY));
    Random random = new Random(seed);
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
