package dev.paralleltests.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.plan.ShardPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The faults queue mode must survive: dead shards, timeouts, restarts and fail-fast. */
class WorkQueueFaultTest {

  @TempDir Path dir;
  private final Plans.Clock clock = new Plans.Clock();

  private Path stateFile() {
    return dir.resolve("queue.json");
  }

  private WorkQueue queue(ShardPlan plan) throws IOException {
    return WorkQueue.create(plan, QueueSettings.defaults(), stateFile(), clock::get);
  }

  private static Batch batch(Claim claim) {
    assertThat(claim.kind()).as(claim.reason()).isEqualTo(Claim.Kind.BATCH);
    return claim.batch().orElseThrow();
  }

  @Test
  void shouldGiveADeadShardsUnitsToAnotherShardAsASecondAttempt() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 3));
    Batch lost = batch(q.claim(2));

    q.loseShard(2, "agent went offline");

    assertThat(q.claim(2).kind()).isEqualTo(Claim.Kind.DONE);
    Batch retry = batch(q.claim(1));
    assertThat(retry.attempt()).isEqualTo(2);
    assertThat(retry.units()).containsExactlyInAnyOrderElementsOf(lost.units());
    assertThat(q.batches().get(lost.id() - 1).status()).isEqualTo(BatchStatus.LOST);
    assertThat(q.batches().get(lost.id() - 1).note()).isEqualTo("agent went offline");
  }

  @Test
  void shouldReportUnitsMissingByNameWhenTheirSecondAttemptIsLostToo() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 3));
    Batch first = batch(q.claim(2));
    q.loseShard(2, "agent went offline");
    Batch retry = batch(q.claim(3));

    q.lose(retry.id(), List.of(), "timed out");

    assertThat(q.missingUnits()).containsExactlyInAnyOrderElementsOf(first.units());
    assertThat(q.unrunUnits()).doesNotContainAnyElementsOf(first.units());
    // Not handed out a third time.
    Claim next;
    List<String> handed = new ArrayList<>();
    while ((next = q.claim(1)).kind() == Claim.Kind.BATCH) {
      Batch b = next.batch().orElseThrow();
      handed.addAll(b.units());
      q.complete(b.id(), 1, 1);
    }
    assertThat(handed).doesNotContainAnyElementsOf(first.units());
  }

  @Test
  void shouldKeepTheUnitsATimedOutBatchReportedAndRequeueOnlyTheRest() throws IOException {
    WorkQueue q = queue(Plans.planWithoutCatchAll(12, 3));
    Batch b = batch(q.claim(1));
    assertThat(b.units()).hasSizeGreaterThan(1);
    String reported = b.units().get(0);

    q.lose(b.id(), List.of(reported), "timed out after 10m");

    Batch retry = batch(q.claim(2));
    assertThat(retry.units())
        .containsExactlyInAnyOrderElementsOf(b.units().subList(1, b.units().size()));
    assertThat(q.batches().get(b.id() - 1).salvaged()).containsExactly(reported);
  }

  @Test
  void shouldGiveALostCatchAllBatchOneMoreAttemptOnAnotherShard() throws IOException {
    WorkQueue q = queue(Plans.plan(3, 3));
    Batch catchAll = drainUntilCatchAll(q, 1);

    q.lose(catchAll.id(), List.of(), "killed");
    Batch again = batch(q.claim(2));
    assertThat(again.catchAll()).isTrue();
    assertThat(again.attempt()).isEqualTo(2);

    q.lose(again.id(), List.of(), "killed");
    assertThat(q.catchAllMissing()).isTrue();
    assertThat(q.claim(3).kind()).isEqualTo(Claim.Kind.DONE);
  }

  private static Batch drainUntilCatchAll(WorkQueue q, int shard) throws IOException {
    while (true) {
      Batch b = batch(q.claim(shard));
      if (b.catchAll()) {
        return b;
      }
      q.complete(b.id(), 1, 1);
    }
  }

  @Test
  void shouldResumeFromItsStateFileAfterARestart() throws IOException {
    ShardPlan plan = Plans.plan(30, 3);
    WorkQueue before = queue(plan);
    Batch done = batch(before.claim(1));
    before.complete(done.id(), 20_000, 15_000);
    Batch running = batch(before.claim(2));
    Batch lost = batch(before.claim(3));
    before.lose(lost.id(), List.of(), "agent disconnected");

    WorkQueue after = WorkQueue.open(stateFile(), clock::get);

    assertThat(after.batches()).isEqualTo(before.batches());
    assertThat(after.unrunUnits()).containsExactlyInAnyOrderElementsOf(before.unrunUnits());
    assertThat(after.startCostMillis(1)).hasValue(5_000);
    assertThat(after.lostShards()).containsExactly(3);
    // The shard whose batch was running when the controller went down gets the same batch.
    assertThat(batch(after.claim(2))).isEqualTo(running);
    // And the queue goes on to hand out everything exactly once.
    List<String> ran = new ArrayList<>(done.units());
    assertThat(after.complete(running.id(), 1, 1)).isTrue();
    ran.addAll(running.units());
    Claim c;
    int shard = 0;
    while ((c = after.claim(shard % 2 + 1)).kind() == Claim.Kind.BATCH) {
      Batch b = c.batch().orElseThrow();
      ran.addAll(b.units());
      after.complete(b.id(), 1, 1);
      shard++;
    }
    assertThat(ran).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(plan.allUnits());
  }

  @Test
  void shouldReopenAnExistingStateFileInsteadOfStartingAgain() throws IOException {
    ShardPlan plan = Plans.plan(30, 3);
    WorkQueue first =
        WorkQueue.openOrCreate(plan, QueueSettings.defaults(), stateFile(), clock::get);
    Batch b = batch(first.claim(1));

    WorkQueue again =
        WorkQueue.openOrCreate(plan, QueueSettings.defaults(), stateFile(), clock::get);

    assertThat(again.batches()).extracting(BatchRecord::batch).containsExactly(b);
  }

  @Test
  void shouldRefuseAStateFileOfAnotherPlan() throws IOException {
    queue(Plans.plan(30, 3));

    assertThatThrownBy(
            () ->
                WorkQueue.openOrCreate(
                    Plans.plan(31, 3), QueueSettings.defaults(), stateFile(), clock::get))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(stateFile().toString())
        .hasMessageContaining("another plan");
  }

  @Test
  void shouldNameTheFileOfACorruptState() throws IOException {
    queue(Plans.plan(6, 2));
    String text = Files.readString(stateFile(), StandardCharsets.UTF_8);
    // A unit listed as queued twice.
    Files.writeString(
        stateFile(), text.replaceFirst("\"pending\" : \\[ \"", "\"pending\" : [ \"u00\", \""));

    assertThatThrownBy(() -> WorkQueue.open(stateFile(), clock::get))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(stateFile().toString())
        .hasMessageContaining("u00");
  }

  @Test
  void shouldNameTheFileOfATruncatedState() throws IOException {
    queue(Plans.plan(6, 2));
    byte[] bytes = Files.readAllBytes(stateFile());
    Files.write(stateFile(), java.util.Arrays.copyOf(bytes, bytes.length / 2));

    assertThatThrownBy(() -> WorkQueue.open(stateFile(), clock::get))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(stateFile().toString());
  }

  @Test
  void shouldLeaveNoTemporaryFileBehind() throws IOException {
    WorkQueue q = queue(Plans.plan(6, 2));
    q.claim(1);
    q.claim(2);

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("queue.json");
    }
  }

  @Test
  void shouldHandOutNothingMoreOnceStoppedForFailFast() throws IOException {
    ShardPlan plan = Plans.plan(30, 3);
    WorkQueue q = queue(plan);
    Batch running = batch(q.claim(1));

    q.stop("shard 1: 2 tests failed (failFast)");

    for (int shard = 1; shard <= 3; shard++) {
      Claim c = q.claim(shard);
      assertThat(c.kind()).isEqualTo(Claim.Kind.DONE);
      assertThat(c.reason()).contains("failFast");
    }
    assertThat(q.unrunUnits()).hasSize(plan.allUnits().size() - running.units().size());
    assertThat(q.catchAllUnrun()).isTrue();
    // A stop survives a restart.
    assertThat(WorkQueue.open(stateFile(), clock::get).claim(2).kind()).isEqualTo(Claim.Kind.DONE);
  }

  @Test
  void shouldStillAcceptTheReportOfABatchThatWasRunningWhenStopped() throws IOException {
    WorkQueue q = queue(Plans.plan(30, 3));
    Batch running = batch(q.claim(1));
    q.stop("failFast");

    assertThat(q.complete(running.id(), 10, 10)).isTrue();
    assertThat(q.settled()).isTrue();
  }

  @Test
  void shouldRecordAFailedBatchAndStopInOneChange() throws IOException {
    WorkQueue q = queue(Plans.plan(30, 3));
    Batch failed = batch(q.claim(1));

    assertThat(q.completeAndStop(failed.id(), 10, 10, "shard 1, batch 1 failed (failFast)"))
        .isTrue();

    WorkQueue reopened = WorkQueue.open(stateFile(), clock::get);
    assertThat(reopened.batches().get(failed.id() - 1).status()).isEqualTo(BatchStatus.DONE);
    assertThat(reopened.stopReason()).hasValue("shard 1, batch 1 failed (failFast)");
    assertThat(reopened.claim(2).kind()).isEqualTo(Claim.Kind.DONE);
  }

  @Test
  void shouldStopEvenWhenTheFailedBatchWasAlreadyReported() throws IOException {
    WorkQueue q = queue(Plans.plan(30, 3));
    Batch failed = batch(q.claim(1));
    q.complete(failed.id(), 10, 10);

    assertThat(q.completeAndStop(failed.id(), 10, 10, "failFast")).isFalse();

    assertThat(q.stopReason()).hasValue("failFast");
  }

  @Test
  void shouldNeitherRecordNorStopWhenTheChangeCannotBeWritten() throws IOException {
    WorkQueue q = queue(Plans.plan(30, 3));
    Batch failed = batch(q.claim(1));
    Files.delete(stateFile());
    Files.createDirectories(stateFile()); // a directory cannot be replaced by a file

    assertThatThrownBy(() -> q.completeAndStop(failed.id(), 10, 10, "failFast"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(stateFile().toString());

    assertThat(q.batches().get(failed.id() - 1).status()).isEqualTo(BatchStatus.CLAIMED);
    assertThat(q.stopReason()).isEmpty();
  }

  @Test
  void shouldKeepTheStateUnchangedWhenItCannotBeWritten() throws IOException {
    WorkQueue q = queue(Plans.plan(30, 3));
    Files.delete(stateFile());
    Files.createDirectories(stateFile()); // a directory cannot be replaced by a file

    assertThatThrownBy(() -> q.claim(1)).isInstanceOf(IOException.class);
    assertThat(q.batches()).isEmpty();
  }
}
