package dev.paralleltests.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How later batches are sized: each shard's share of what is left so that all shards end together,
 * handed whole when the estimates are reliable enough, kept partly back when they are not; units
 * without history first.
 */
class WorkQueueSizingTest {

  @TempDir Path dir;
  private final Plans.Clock clock = new Plans.Clock();

  private WorkQueue queue(ShardPlan plan, QueueSettings settings) throws IOException {
    return WorkQueue.create(plan, settings, dir.resolve("queue.json"), clock::get);
  }

  private static Batch batch(Claim claim) {
    assertThat(claim.kind()).isEqualTo(Claim.Kind.BATCH);
    return claim.batch().orElseThrow();
  }

  private static long queued(WorkQueue q) {
    return q.unrunUnits().stream().mapToLong(q::estimateMillis).sum();
  }

  /** Every shard's first batch, reported with its tests taking {@code ratio[i]} x the estimate. */
  private static void runFirstBatches(WorkQueue q, long startMillis, double... ratio)
      throws IOException {
    for (int shard = 1; shard <= ratio.length; shard++) {
      Batch b = batch(q.claim(shard));
      long tests = Math.round(b.estimatedMillis() * ratio[shard - 1]);
      q.complete(b.id(), tests + startMillis, tests);
    }
  }

  @Test
  void shouldHandOutUnitsWithoutHistoryBeforeLongerUnitsWithHistory() throws IOException {
    ShardPlan plan = Plans.planWithNewUnits(40, 6, 2);
    WorkQueue q = queue(plan, QueueSettings.defaults().withFirstShare(0.3));

    Batch first = batch(q.claim(1));

    List<String> newAtHome = plan.shard(1).units().stream().filter(u -> u.startsWith("n")).toList();
    assertThat(newAtHome).isNotEmpty();
    assertThat(first.units().subList(0, newAtHome.size()))
        .containsExactlyInAnyOrderElementsOf(newAtHome);
  }

  @Test
  void shouldRememberWhichUnitsHadNoHistoryAcrossARestart() throws IOException {
    ShardPlan plan = Plans.planWithNewUnits(40, 6, 2);
    WorkQueue created = queue(plan, QueueSettings.defaults());

    WorkQueue reopened = WorkQueue.open(dir.resolve("queue.json"), clock::get);

    assertThat(reopened.unknownUnits())
        .containsExactlyInAnyOrder("n0", "n1", "n2", "n3", "n4", "n5")
        .isEqualTo(created.unknownUnits());
  }

  @Test
  void shouldPaceAShardThatHasNotReportedYetLikeTheShardsThatHave() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(60, 3), QueueSettings.defaults());
    // Shards 1 and 2 ran their tests in twice the estimated time; shard 3 never reported.
    runFirstBatches(q, 1_000, 2, 2);
    batch(q.claim(3));

    assertThat(q.estimatePerTestMillisecond(3)).isEqualTo(0.5);
  }

  @Test
  void shouldHandTheWholeEndTogetherShareWhenEstimatesAreReliable() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(400, 3), QueueSettings.defaults());
    // Tests within 1% of their estimates; a 200 s start: the share's spread is below one start.
    runFirstBatches(q, 200_000, 1.0, 0.99, 1.01);
    long left = queued(q);

    Batch b = batch(q.claim(1));

    // All three are free now at nearly the same pace: a third of what is left.
    assertThat((double) b.estimatedMillis()).isCloseTo(left / 3.0, within(left * 0.02));
  }

  @Test
  void shouldKeepPartOfTheShareBackWhenEstimatesAreUnreliable() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(400, 3), QueueSettings.defaults());
    // Tests at 1x, 0.6x and 1.4x their estimates: the estimates' error is large.
    runFirstBatches(q, 200_000, 1.0, 0.6, 1.4);
    long left = queued(q);
    double paces = 1 + 1 / 0.6 + 1 / 1.4;

    Batch b = batch(q.claim(1));

    double share = left / paces;
    double largestLeft = q.unrunUnits().stream().mapToLong(q::estimateMillis).max().orElse(0);
    assertThat((double) b.estimatedMillis())
        .isCloseTo(share / QueueSettings.defaults().divisor(), within(largestLeft + 1_000));
  }

  @Test
  void shouldCountTheWorkOtherShardsStillRunWhenSharingWhatIsLeft() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(400, 3), QueueSettings.defaults());
    runFirstBatches(q, 200_000, 1.0, 0.99, 1.01);
    // Shard 2 has just claimed a third of what was left and will run it for a while.
    batch(q.claim(2));
    long left = queued(q);

    Batch b = batch(q.claim(1));

    // Shards 1 and 3 share what is left so as to end with shard 2: half each, not a third.
    assertThat((double) b.estimatedMillis()).isCloseTo(left / 2.0, within(left * 0.03));
  }

  @Test
  void shouldHandAShardItsWholeSmallPartAsItsFirstBatch() throws IOException {
    // 12 units of 1 s to 12 s in 3 shards: 26 s per shard, below the default 60 s.
    ShardPlan plan = Plans.planWithoutCatchAll(12, 3);
    WorkQueue q = queue(plan, QueueSettings.defaults());

    Batch first = batch(q.claim(2));

    assertThat(first.units()).containsExactlyInAnyOrderElementsOf(plan.shard(2).units());
  }

  @Test
  void shouldHandASmallPartWholeAlsoWithUnitsThatTookNoTime() throws IOException {
    // As pytest reports a file of trivial tests: 0 ms in the history. Taking units up to the
    // part's total would stop before them and leave them for a batch (a runner start) of their own.
    List<UnitEstimate> suite = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      suite.add(UnitEstimate.known("u" + i, (i + 1) * 1_000L, 5));
    }
    suite.add(UnitEstimate.known("zero1", 0, 5));
    suite.add(UnitEstimate.known("zero2", 0, 5));
    ShardPlan plan =
        ShardPlanner.plan(PlanRequest.of(suite, 2).withSafetyNet(SafetyNet.INCLUSIONS_ONLY));
    WorkQueue q = queue(plan, QueueSettings.defaults());

    Batch first = batch(q.claim(1));
    Batch second = batch(q.claim(2));

    assertThat(first.units()).containsExactlyInAnyOrderElementsOf(plan.shard(1).units());
    assertThat(second.units()).containsExactlyInAnyOrderElementsOf(plan.shard(2).units());
  }

  @Test
  void shouldRunASmallSuiteWithOneBatchPerShard() throws IOException {
    ShardPlan plan = Plans.planWithoutCatchAll(12, 3);
    WorkQueue q = queue(plan, QueueSettings.defaults());
    List<Batch> firsts = List.of(batch(q.claim(1)), batch(q.claim(2)), batch(q.claim(3)));
    for (Batch b : firsts) {
      q.complete(b.id(), b.estimatedMillis() + 4_000, b.estimatedMillis());
    }

    assertThat(q.claim(1).kind()).isEqualTo(Claim.Kind.DONE);
    assertThat(q.batches()).hasSize(3);
  }

  @Test
  void shouldHoldPartOfAPartBackOnceItReachesTheLimit() throws IOException {
    ShardPlan plan = Plans.planWithoutCatchAll(12, 3);
    long part =
        plan.shard(1).units().stream().mapToLong(u -> plan.estimates().get(u).millis()).sum();
    WorkQueue q = queue(plan, QueueSettings.defaults().withWholePartBelowMillis(part));

    Batch first = batch(q.claim(1));

    assertThat(first.units()).hasSizeLessThan(plan.shard(1).units().size());
  }

  @Test
  void shouldHoldPartOfASmallPartBackWhenAUnitHasNoHistory() throws IOException {
    // 9 units with history and 3 without, estimated at 5 s: each shard's part is below 60 s, but
    // the estimates of new units are a default.
    ShardPlan plan = Plans.planWithNewUnits(9, 3, 2);
    int shard = plan.shard(1).units().stream().anyMatch(u -> u.startsWith("n")) ? 1 : 2;
    WorkQueue q = queue(plan, QueueSettings.defaults());

    Batch first = batch(q.claim(shard));

    assertThat(first.units()).hasSizeLessThan(plan.shard(shard).units().size());
  }

  @Test
  void shouldKeepTheSmallPartLimitAcrossARestart() throws IOException {
    queue(Plans.planWithoutCatchAll(12, 3), QueueSettings.defaults().withWholePartBelowMillis(7));

    WorkQueue reopened = WorkQueue.open(dir.resolve("queue.json"), clock::get);

    assertThat(reopened.settings().wholePartBelowMillis()).isEqualTo(7);
  }

  @Test
  void shouldNeverHandASmallPartWholeAfterRestartingAQueueWrittenBeforeTheLimitExisted()
      throws IOException {
    queue(Plans.planWithoutCatchAll(12, 3), QueueSettings.defaults());
    Path file = dir.resolve("queue.json");
    ObjectMapper json = new ObjectMapper();
    ObjectNode state = (ObjectNode) json.readTree(file.toFile());
    ((ObjectNode) state.get("settings")).remove("wholePartBelowMillis");
    json.writeValue(file.toFile(), state);

    WorkQueue reopened = WorkQueue.open(file, clock::get);

    assertThat(reopened.settings().wholePartBelowMillis()).isZero();
    assertThat(batch(reopened.claim(1)).units()).hasSizeLessThan(4);
  }
}
