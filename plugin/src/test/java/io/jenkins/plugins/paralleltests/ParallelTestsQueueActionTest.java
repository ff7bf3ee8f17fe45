package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.ShardPlanner;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build page's queue time line, read from a real queue state file in a build directory. */
class ParallelTestsQueueActionTest {

  @TempDir Path buildDir;
  private final AtomicLong now = new AtomicLong(1_000_000);
  private QueueService.Build build;

  @BeforeEach
  void planThreeShards() throws IOException {
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      units.add(UnitEstimate.known("com.example.Test" + i, 1000L * (i + 1), 5));
    }
    PlanJson.write(ShardPlanner.plan(PlanRequest.of(units, 3)), BuildFiles.plan(buildDir, ""));
    build = new QueueService.Build(buildDir, "", now::get);
  }

  @Test
  void shouldShowAShardThatNeverGotABatchAsIdleForTheWholeRun() throws IOException {
    // Shards 1 and 2 drain the queue; shard 3's agent comes when there is nothing left.
    int first = id(QueueService.claim(build, 1));
    now.addAndGet(10_000);
    QueueService.done(build, first, 9_000, false, false);
    Map<String, Object> next;
    while ("batch".equals((next = QueueService.claim(build, 2)).get("kind"))) {
      now.addAndGet(5_000);
      QueueService.done(build, id(next), 4_000, false, false);
    }
    assertThat(QueueService.claim(build, 3)).containsEntry("kind", "done");

    ParallelTestsQueueAction.Timeline timeline = ParallelTestsQueueAction.Timeline.of(buildDir, "");

    assertThat(timeline.shardRows()).extracting(row -> row.get(0)).containsExactly("1", "2", "3");
    List<String> late = timeline.shardRows().get(2);
    assertThat(late.get(1)).isEqualTo("0");
    long span = now.get() - 1_000_000;
    assertThat(late.get(2))
        .isEqualTo(String.format(java.util.Locale.ROOT, "%.1f s", span / 1000.0));
    assertThat(timeline.svg()).contains(">shard 3</text>");
  }

  @Test
  void shouldNoteWhichShardLostABatchAndWhichShardReranIt() throws IOException {
    int lost = id(QueueService.claim(build, 2));
    QueueService.lost(build, lost, "interrupted: Timeout has been exceeded");
    int rerun = 0;
    Map<String, Object> next;
    while ("batch".equals((next = QueueService.claim(build, 1)).get("kind"))) {
      @SuppressWarnings("unchecked")
      Map<String, Object> batch = (Map<String, Object>) next.get("batch");
      if ((Integer) batch.get("attempt") == 2) {
        rerun = (Integer) batch.get("id");
      }
      QueueService.done(build, id(next), 1_000, false, false);
    }

    String expected =
        "shard 2 lost batch "
            + lost
            + " (interrupted: Timeout has been exceeded); shard 1 (batch "
            + rerun
            + ") reran its ";
    assertThat(ParallelTestsQueueAction.notes(buildDir, ""))
        .singleElement()
        .satisfies(note -> assertThat(note).startsWith(expected));
  }

  @Test
  void shouldShowNothingForARunWithoutAQueue() throws IOException {
    ParallelTestsQueueAction.Timeline timeline =
        ParallelTestsQueueAction.Timeline.of(buildDir, "x");

    assertThat(timeline.svg()).isEmpty();
    assertThat(timeline.shardRows()).isEmpty();
    assertThat(timeline.batchRows()).isEmpty();
    assertThat(ParallelTestsQueueAction.notes(buildDir, "x")).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static int id(Map<String, Object> claim) {
    assertThat(claim).containsEntry("kind", "batch");
    return (Integer) ((Map<String, Object>) claim.get("batch")).get("id");
  }
}
