package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.queue.BatchRecord;
import dev.paralleltests.core.queue.BatchTimeline;
import hudson.model.Run;
import java.io.IOException;
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

  private List<BatchRecord> records() {
    if (run == null) {
      return List.of();
    }
    try {
      return QueueService.batches(run.getRootDir().toPath(), runName);
    } catch (IOException e) {
      return List.of();
    }
  }

  private int shardCount(List<BatchRecord> records) {
    return records.stream().mapToInt(b -> b.batch().shard()).max().orElse(0);
  }

  /** The time line as SVG markup (built from numbers and escaped text only). */
  public String getTimelineSvg() {
    List<BatchRecord> records = records();
    return records.isEmpty() ? "" : BatchTimeline.svg(records, shardCount(records));
  }

  /** One row per batch, for the table under the time line. */
  public List<List<String>> getBatchRows() {
    List<List<String>> rows = new ArrayList<>();
    List<BatchRecord> records = records();
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

  /** One row per shard: batches and idle time at the end. */
  public List<List<String>> getShardRows() {
    List<List<String>> rows = new ArrayList<>();
    List<BatchRecord> records = records();
    for (BatchTimeline.ShardLine line : BatchTimeline.lines(records, shardCount(records))) {
      rows.add(
          List.of(
              Integer.toString(line.shard()),
              Integer.toString(line.batches().size()),
              seconds(line.idleAtEndMillis())));
    }
    return rows;
  }

  private static String seconds(long millis) {
    return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
