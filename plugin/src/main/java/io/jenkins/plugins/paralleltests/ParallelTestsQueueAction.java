package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.queue.BatchRecord;
import dev.paralleltests.core.queue.BatchTimeline;
import dev.paralleltests.core.queue.QueueVerdict;
import hudson.model.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import jenkins.model.RunAction2;

/**
 * The build page's account of a queue-mode run: batches per shard on a time line (when each was
 * claimed, how long it ran) and each shard's idle time at the end, read from the queue's state file
 * in the build directory each time the page is shown. Added by the first claim of the run; holds
 * nothing but the run's name in {@code build.xml}.
 */
public class ParallelTestsQueueAction implements RunAction2 {

  private final String runName;
  private transient Run<?, ?> run;

  ParallelTestsQueueAction(String runName) {
    this.runName = runName;
  }

  /** The action of this named run on the build, if queue mode ran. */
  static ParallelTestsQueueAction find(Run<?, ?> run, String runName) {
    for (ParallelTestsQueueAction action : run.getActions(ParallelTestsQueueAction.class)) {
      if (action.runName.equals(runName)) {
        return action;
      }
    }
    return null;
  }

  @Override
  public void onAttached(Run<?, ?> r) {
    this.run = r;
  }

  @Override
  public void onLoad(Run<?, ?> r) {
    this.run = r;
  }

  @Override
  public String getIconFileName() {
    return null;
  }

  @Override
  public String getDisplayName() {
    return runName.isEmpty() ? "Queue" : "Queue (" + runName + ")";
  }

  @Override
  public String getUrlName() {
    return null;
  }

  public String getRunName() {
    return runName;
  }

  private Timeline timeline() {
    if (run == null) {
      return Timeline.NONE;
    }
    return Timeline.of(run.getRootDir().toPath(), runName);
  }

  /** The time line as SVG markup (built from numbers and escaped text only). */
  public String getTimelineSvg() {
    return timeline().svg();
  }

  /** One row per batch, for the table under the time line. */
  public List<List<String>> getBatchRows() {
    return timeline().batchRows();
  }

  /**
   * What the queue says a person should see though the run is complete: each lost batch that other
   * shards reran (which shard lost it, why, and which shards reran it), and each shard lost before
   * it claimed anything. What never ran is among the build's problems instead.
   */
  public List<String> getNotes() {
    return run == null ? List.of() : notes(run.getRootDir().toPath(), runName);
  }

  static List<String> notes(Path buildDir, String runName) {
    try {
      return QueueService.verdict(buildDir, runName).map(QueueVerdict::notes).orElse(List.of());
    } catch (IOException e) {
      return List.of();
    }
  }

  /** One row per shard: batches and idle time at the end. */
  public List<List<String>> getShardRows() {
    return timeline().shardRows();
  }

  /**
   * What the page shows of a queue: its batches, and its shard count, so that a shard that never
   * got a batch (its agent came when the queue was drained) still has its line, all idle.
   */
  record Timeline(List<BatchRecord> records, int shards) {
    static final Timeline NONE = new Timeline(List.of(), 0);

    static Timeline of(Path buildDir, String runName) {
      try {
        return QueueService.open(buildDir, runName)
            .map(q -> new Timeline(q.batches(), q.shardCount()))
            .orElse(NONE);
      } catch (IOException e) {
        return NONE;
      }
    }

    String svg() {
      return records.isEmpty() ? "" : BatchTimeline.svg(records, shards);
    }

    List<List<String>> batchRows() {
      List<List<String>> rows = new ArrayList<>();
      long start = records.stream().mapToLong(b -> b.batch().claimedAtMillis()).min().orElse(0);
      for (BatchRecord b : records) {
        rows.add(
            List.of(
                Integer.toString(b.batch().id()),
                Integer.toString(b.batch().shard()),
                b.batch().catchAll() ? "the rest" : Integer.toString(b.batch().units().size()),
                Integer.toString(b.batch().attempt()),
                seconds(b.batch().claimedAtMillis() - start),
                b.status().label().equals("done") ? seconds(b.wallMillis()) : "",
                b.status().label() + (b.note().isEmpty() ? "" : ": " + b.note())));
      }
      return rows;
    }

    List<List<String>> shardRows() {
      List<List<String>> rows = new ArrayList<>();
      if (records.isEmpty()) {
        return rows;
      }
      for (BatchTimeline.ShardLine line : BatchTimeline.lines(records, shards)) {
        rows.add(
            List.of(
                Integer.toString(line.shard()),
                Integer.toString(line.batches().size()),
                seconds(line.idleAtEndMillis())));
      }
      return rows;
    }
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
