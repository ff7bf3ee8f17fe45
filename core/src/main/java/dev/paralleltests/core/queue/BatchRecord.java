package dev.paralleltests.core.queue;

import java.util.List;
import java.util.Objects;

/**
 * A batch and how it went, for reports and for the queue's state file.
 *
 * @param batch what was handed out
 * @param status claimed, done or lost
 * @param endedAtMillis when it was reported or declared lost (epoch ms); 0 while claimed
 * @param wallMillis how long the shard's runner ran for it; 0 unless done
 * @param testMillis the test time its reports show; 0 unless done
 * @param note why it was lost; empty otherwise
 * @param salvaged for a lost batch, the units whose results did arrive before it was lost: they
 *     count as run and do not go back to the queue
 */
public record BatchRecord(
    Batch batch,
    BatchStatus status,
    long endedAtMillis,
    long wallMillis,
    long testMillis,
    String note,
    List<String> salvaged) {

  public BatchRecord {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(status, "status");
    note = note == null ? "" : note;
    salvaged = List.copyOf(salvaged);
    if (wallMillis < 0 || testMillis < 0) {
      throw new IllegalArgumentException("negative time for " + batch);
    }
  }

  static BatchRecord claimed(Batch batch) {
    return new BatchRecord(batch, BatchStatus.CLAIMED, 0, 0, 0, "", List.of());
  }

  /** The runner's start cost this batch shows: wall time minus reported test time, at least 0. */
  public long startCostMillis() {
    return Math.max(0, wallMillis - testMillis);
  }
}
