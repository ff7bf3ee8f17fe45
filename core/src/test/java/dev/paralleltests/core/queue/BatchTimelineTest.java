package dev.paralleltests.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build page's drawing of a queue's batches. */
class BatchTimelineTest {

  @TempDir Path dir;
  private final Plans.Clock clock = new Plans.Clock();

  @Test
  void shouldDrawEveryBatchAndTheIdleTimeOfShardsThatEndedEarly() throws IOException {
    WorkQueue q =
        WorkQueue.create(
            Plans.planWithoutCatchAll(6, 2),
            QueueSettings.defaults(),
            dir.resolve("q.json"),
            clock::get);
    Batch one = q.claim(1).batch().orElseThrow();
    Batch two = q.claim(2).batch().orElseThrow();
    clock.advance(10_000);
    q.complete(one.id(), 10_000, 9_000);
    clock.advance(5_000);
    q.complete(two.id(), 15_000, 14_000);

    List<BatchTimeline.ShardLine> lines = BatchTimeline.lines(q.batches(), 2);
    String svg = BatchTimeline.svg(q.batches(), 2);

    assertThat(lines.get(0).idleAtEndMillis()).isEqualTo(5_000);
    assertThat(lines.get(1).idleAtEndMillis()).isZero();
    assertThat(svg).startsWith("<svg").endsWith("</svg>");
    assertThat(svg.split("<title>batch ", -1)).hasSize(3);
    assertThat(svg)
        .contains("claimed at +0.0 s, ran 10.0 s")
        .contains("shard 1 idle at the end: 5.0 s");
  }
}
