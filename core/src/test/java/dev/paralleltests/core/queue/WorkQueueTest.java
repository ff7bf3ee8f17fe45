package dev.paralleltests.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.plan.ShardPlan;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the queue sizes and orders the batches it hands out. */
class WorkQueueTest {

  @TempDir Path dir;
  private final Plans.Clock clock = new Plans.Clock();

  private WorkQueue queue(ShardPlan plan, QueueSettings settings) throws IOException {
    return WorkQueue.create(plan, settings, dir.resolve("queue.json"), clock::get);
  }

  private static Batch batch(Claim claim) {
    assertThat(claim.kind()).isEqualTo(Claim.Kind.BATCH);
    return claim.batch().orElseThrow();
  }

  private static long estimate(WorkQueue q, Batch b) {
    return b.units().stream().mapToLong(q::estimateMillis).sum();
  }

  @Test
  void shouldGiveEachShardsFirstBatchFromItsOwnStaticShareLongestFirst() throws IOException {
    ShardPlan plan = Plans.plan(40, 4);
    WorkQueue q = queue(plan, QueueSettings.defaults().withFirstShare(0.5));

    Batch first = batch(q.claim(3));

    List<String> own = plan.shard(3).units();
    assertThat(own).containsAll(first.units());
    long ownTotal = own.stream().mapToLong(q::estimateMillis).sum();
    long longest = own.stream().mapToLong(q::estimateMillis).max().orElseThrow();
    assertThat(first.estimatedMillis())
        .isGreaterThanOrEqualTo(ownTotal / 2)
        .isLessThan(ownTotal / 2 + longest);
    List<Long> sizes = first.units().stream().map(q::estimateMillis).toList();
    assertThat(sizes).isSortedAccordingTo((a, b) -> Long.compare(b, a));
    assertThat(first.attempt()).isEqualTo(1);
  }

  @Test
  void shouldShrinkLaterBatchesAsTheQueueDrains() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(60, 3), QueueSettings.defaults());
    List<Long> later = new ArrayList<>();
    for (int shard = 1; shard <= 3; shard++) {
      Batch b = batch(q.claim(shard));
      q.complete(b.id(), b.estimatedMillis(), b.estimatedMillis());
    }

    Claim c;
    int shard = 0;
    while ((c = q.claim(shard % 3 + 1)).kind() == Claim.Kind.BATCH) {
      Batch b = c.batch().orElseThrow();
      later.add(b.estimatedMillis());
      q.complete(b.id(), b.estimatedMillis(), b.estimatedMillis());
      shard++;
    }

    assertThat(later).hasSizeGreaterThan(3);
    assertThat(later.get(later.size() - 1)).isLessThan(later.get(0) / 2);
  }

  @Test
  void shouldNeverPlanALaterBatchBelowFourTimesTheShardsMeasuredStartCost() throws IOException {
    WorkQueue q =
        queue(Plans.planWithoutCatchAll(200, 2), QueueSettings.defaults().withStartCostFactor(4));
    Batch first = batch(q.claim(1));
    // The runner took 30 s more than its tests: a 30 s start cost.
    q.complete(first.id(), first.estimatedMillis() + 30_000, first.estimatedMillis());

    assertThat(q.startCostMillis(1)).hasValue(30_000);
    long remainingBefore = q.unrunUnits().stream().mapToLong(q::estimateMillis).sum();
    for (int i = 0; i < 20 && remainingBefore > 120_000; i++) {
      Batch b = batch(q.claim(1));
      assertThat(estimate(q, b)).isGreaterThanOrEqualTo(120_000);
      q.complete(b.id(), b.estimatedMillis() + 30_000, b.estimatedMillis());
      remainingBefore = q.unrunUnits().stream().mapToLong(q::estimateMillis).sum();
    }
  }

  @Test
  void shouldConvertTheMinimumWithTheShardsMeasuredPace() throws IOException {
    WorkQueue q =
        queue(Plans.planWithoutCatchAll(200, 2), QueueSettings.defaults().withStartCostFactor(4));
    Batch first = batch(q.claim(1));
    // Its tests took twice as long as estimated, plus a 10 s start.
    q.complete(first.id(), 2 * first.estimatedMillis() + 10_000, 2 * first.estimatedMillis());

    assertThat(q.minimumBatchMillis(1)).isEqualTo(20_000);
  }

  @Test
  void shouldUseTheFloorBeforeAnyStartCostWasMeasured() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(10, 2), QueueSettings.defaults());

    assertThat(q.startCostMillis(2)).isEmpty();
    assertThat(q.minimumBatchMillis(2)).isEqualTo(1_000);
  }

  @Test
  void shouldHandOutTheCatchAllBatchOnceAndLast() throws IOException {
    ShardPlan plan = Plans.plan(12, 3);
    WorkQueue q = queue(plan, QueueSettings.defaults());
    List<Batch> handed = new ArrayList<>();
    Claim c;
    int shard = 0;
    while ((c = q.claim(shard % 3 + 1)).kind() == Claim.Kind.BATCH) {
      Batch b = c.batch().orElseThrow();
      handed.add(b);
      q.complete(b.id(), 1_000, 900);
      shard++;
    }

    assertThat(handed.stream().filter(Batch::catchAll)).hasSize(1);
    assertThat(handed.get(handed.size() - 1).catchAll()).isTrue();
    assertThat(handed.stream().flatMap(b -> b.units().stream()))
        .containsExactlyInAnyOrderElementsOf(plan.allUnits());
    assertThat(q.catchAllExcludes()).containsExactlyInAnyOrderElementsOf(plan.allUnits());
    assertThat(c.kind()).isEqualTo(Claim.Kind.DONE);
  }

  @Test
  void shouldHaveAShardWaitWhileAnotherShardsBatchMayStillComeBack() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(2, 2), QueueSettings.defaults());
    Batch one = batch(q.claim(1));
    Batch two = batch(q.claim(2));
    q.complete(two.id(), 1_000, 1_000);

    assertThat(q.claim(2).kind()).isEqualTo(Claim.Kind.WAIT);

    q.complete(one.id(), 1_000, 1_000);
    assertThat(q.claim(2).kind()).isEqualTo(Claim.Kind.DONE);
  }

  @Test
  void shouldGiveTheSameBatchBackToAShardThatAsksAgainBeforeReporting() throws IOException {
    WorkQueue q = queue(Plans.plan(12, 3), QueueSettings.defaults());
    Batch first = batch(q.claim(2));

    assertThat(batch(q.claim(2))).isEqualTo(first);
    assertThat(q.batches()).hasSize(1);
  }

  @Test
  void shouldIgnoreASecondReportOfTheSameBatch() throws IOException {
    WorkQueue q = queue(Plans.plan(12, 3), QueueSettings.defaults());
    Batch b = batch(q.claim(1));

    assertThat(q.complete(b.id(), 5_000, 4_000)).isTrue();
    assertThat(q.complete(b.id(), 9_000, 1_000)).isFalse();
    assertThat(q.startCostMillis(1)).hasValue(1_000);
  }

  @Test
  void shouldRecordWhenEachBatchWasClaimedAndHowLongItRan() throws IOException {
    WorkQueue q = queue(Plans.plan(12, 3), QueueSettings.defaults());
    Batch b = batch(q.claim(1));
    clock.advance(7_000);
    q.complete(b.id(), 7_000, 6_000);

    BatchRecord r = q.batches().get(0);
    assertThat(r.batch().claimedAtMillis()).isEqualTo(1_000_000);
    assertThat(r.endedAtMillis()).isEqualTo(1_007_000);
    assertThat(r.wallMillis()).isEqualTo(7_000);
    assertThat(r.status()).isEqualTo(BatchStatus.DONE);
  }
}
