package dev.paralleltests.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.report.RunProblem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The verdict of a queue-mode run from its queue alone: a shard that died or timed out is no
 * problem when its work ran again elsewhere; every unit that did not run is, by name.
 */
class QueueVerdictTest {

  @TempDir Path dir;
  private final Plans.Clock clock = new Plans.Clock();

  private WorkQueue queue(ShardPlan plan) throws IOException {
    return WorkQueue.create(plan, QueueSettings.defaults(), dir.resolve("queue.json"), clock::get);
  }

  private static Batch batch(Claim claim) {
    assertThat(claim.kind()).as(claim.reason()).isEqualTo(Claim.Kind.BATCH);
    return claim.batch().orElseThrow();
  }

  /** Shard {@code shard} claims and completes batches until the queue tells it to stop. */
  private static List<Batch> drain(WorkQueue q, int shard) throws IOException {
    List<Batch> ran = new ArrayList<>();
    for (Claim c = q.claim(shard); c.kind() == Claim.Kind.BATCH; c = q.claim(shard)) {
      Batch b = c.batch().orElseThrow();
      q.complete(b.id(), 1000, 900);
      ran.add(b);
    }
    return ran;
  }

  /** Shard {@code shard} runs every batch before the catch-all, and claims the catch-all. */
  private static Batch runUntilCatchAll(WorkQueue q, int shard) throws IOException {
    while (true) {
      Batch b = batch(q.claim(shard));
      if (b.catchAll()) {
        return b;
      }
      q.complete(b.id(), 1000, 900);
    }
  }

  @Test
  void shouldBeCompleteWithoutNotesWhenEveryBatchRan() throws IOException {
    WorkQueue q = queue(Plans.plan(12, 2));
    drain(q, 1);
    drain(q, 2);

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.complete()).isTrue();
    assertThat(verdict.notes()).isEmpty();
  }

  @Test
  void shouldBeCompleteWithANoteNamingBothShardsWhenALostBatchWasRerun() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 2));
    Batch lost = batch(q.claim(2));
    q.lose(lost.id(), List.of(), "timed out");
    List<Batch> shard1 = drain(q, 1);

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.problems()).isEmpty();
    Batch rerun = shard1.stream().filter(Batch::secondAttempt).findFirst().orElseThrow();
    assertThat(verdict.notes())
        .containsExactly(
            "shard 2 lost batch "
                + lost.id()
                + " (timed out); shard 1 (batch "
                + rerun.id()
                + ") reran its "
                + lost.units().size()
                + " units");
  }

  @Test
  void shouldNameTheUnitsOfABatchLostTwice() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 3));
    Batch first = batch(q.claim(2));
    q.loseShard(2, "agent removed");
    Batch second = batch(q.claim(3));
    q.lose(second.id(), List.of(), "timed out");
    drain(q, 1);

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(RunProblem.Kind.UNITS_MISSING);
              assertThat(p.shard()).isEqualTo(3);
              assertThat(p.units()).containsExactlyInAnyOrderElementsOf(first.units());
              assertThat(p.message())
                  .startsWith(first.units().size() + " units never ran, lost twice: ")
                  .contains("shard 2 lost batch " + first.id() + " (agent removed)")
                  .contains(
                      "shard 3 lost their second attempt, batch " + second.id() + " (timed out)")
                  .endsWith(": " + String.join(", ", first.units()));
            });
    assertThat(verdict.notes()).isEmpty();
  }

  @Test
  void shouldNameTheUnitsOfTheLastShardLostWhenTheOthersHadFinished() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 2));
    Batch held = batch(q.claim(2));
    drain(q, 1); // shard 1 drains the queue and ends while shard 2 still runs its batch
    q.lose(held.id(), List.of(), "agent removed");

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.shard()).isEqualTo(2);
              assertThat(p.units()).containsExactlyInAnyOrderElementsOf(held.units());
              assertThat(p.message())
                  .contains("lost and never rerun: shard 2 lost batch " + held.id())
                  .contains("no shard was left to run them");
            });
  }

  @Test
  void shouldNameTheUnitsFailFastKeptFromRunning() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 2));
    Batch failed = batch(q.claim(1));
    q.complete(failed.id(), 1000, 900);
    q.stop("shard 1, batch 1 failed (failFast)");

    QueueVerdict verdict = QueueVerdict.of(q);

    List<String> rest = new ArrayList<>(q.units());
    rest.removeAll(failed.units());
    // Named by the shard the plan gave them.
    assertThat(verdict.problems())
        .extracting(RunProblem::shard)
        .containsExactlyElementsOf(rest.stream().map(q.home()::get).distinct().sorted().toList());
    assertThat(verdict.problems())
        .allSatisfy(
            p ->
                assertThat(p.message())
                    .contains("never handed out: the queue stopped (shard 1, batch 1 failed"));
    assertThat(verdict.problems().stream().flatMap(p -> p.units().stream()))
        .containsExactlyInAnyOrderElementsOf(rest);
  }

  @Test
  void shouldReportTheCatchAllBatchLostTwice() throws IOException {
    WorkQueue q = queue(Plans.plan(6, 2));
    Batch catchAll = runUntilCatchAll(q, 1);
    q.lose(catchAll.id(), List.of(), "timed out");
    Batch again = batch(q.claim(2));
    assertThat(again.catchAll()).isTrue();
    q.lose(again.id(), List.of(), "agent removed");

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.problems())
        .singleElement()
        .satisfies(
            p ->
                assertThat(p.message())
                    .isEqualTo(
                        "the catch-all batch (tests no plan lists) was lost twice (shard 1 lost"
                            + " batch "
                            + catchAll.id()
                            + " (timed out); shard 2 lost batch "
                            + again.id()
                            + " (agent removed)): tests no plan lists may not have run"));
  }

  @Test
  void shouldReportTheCatchAllBatchLostWithNoShardLeftToRerunIt() throws IOException {
    WorkQueue q = queue(Plans.plan(6, 2));
    q.loseShard(2, "agent removed"); // only shard 2 could have rerun shard 1's batch
    Batch catchAll = runUntilCatchAll(q, 1);
    q.lose(catchAll.id(), List.of(), "timed out");

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.shard()).isEqualTo(1);
              assertThat(p.message())
                  .contains("was lost and never rerun")
                  .contains("no shard was left to run it");
            });
  }

  @Test
  void shouldReportABatchThatWasNeverReported() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 2));
    Batch open = batch(q.claim(2));
    drain(q, 1);

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.units()).containsExactlyInAnyOrderElementsOf(open.units());
              assertThat(p.message()).startsWith("shard 2 never reported batch " + open.id());
            });
  }

  @Test
  void shouldNoteAShardLostBeforeItClaimedAnythingWhenTheOthersRanItsWork() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 2));
    q.loseShard(2, "agent removed during prepare");
    drain(q, 1);

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.notes())
        .containsExactly("shard 2 was lost before it claimed a batch: other shards ran its work");
  }

  @Test
  void shouldNotSayOthersRanTheWorkOfAShardThatClaimedNothingBeforeTheQueueStopped()
      throws IOException {
    // The build aborted after shard 1's first batch: shard 2 asks for its first batch, the queue
    // is stopped, and the shard ends (the plugin's claim step; ParallelTestsQueueScriptTest).
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 2));
    Batch first = batch(q.claim(1));
    q.complete(first.id(), 1000, 900);
    q.stop("the build was aborted");
    q.loseShard(2, "interrupted: parallelTests handed out no more batches");

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.notes())
        .containsExactly("shard 2 claimed no batch: the queue stopped (the build was aborted)");
    assertThat(verdict.problems())
        .isNotEmpty()
        .allSatisfy(
            p ->
                assertThat(p.message())
                    .contains("never handed out: the queue stopped (the build was aborted)"));
  }

  @Test
  void shouldNameEveryUnitWhenEveryShardWasLostBeforeClaiming() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 2));
    q.loseShard(1, "agent removed");
    q.loseShard(2, "agent removed");

    QueueVerdict verdict = QueueVerdict.of(q);

    assertThat(verdict.problems().stream().flatMap(p -> p.units().stream()))
        .containsExactlyInAnyOrderElementsOf(q.units());
    assertThat(verdict.problems()).allMatch(p -> p.shard() > 0);
  }
}
