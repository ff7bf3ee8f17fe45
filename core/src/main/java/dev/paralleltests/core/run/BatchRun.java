package dev.paralleltests.core.run;

import dev.paralleltests.core.queue.Batch;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How one batch of queue mode ran on its shard.
 *
 * @param batch what the queue handed out
 * @param status how its command ended
 * @param lost true when the batch was given back to the queue (timed out, killed, not started): its
 *     reports are not merged and its units ran again elsewhere
 * @param exitCode the command's exit status; -1 when killed or never started
 * @param startMillis when its command started, milliseconds since the run started
 * @param endMillis when it ended, milliseconds since the run started
 * @param testMillis the test time its reports show
 * @param count the test cases in its reports
 * @param dir its own directory: units, includes and excludes files, log, reports while it runs
 * @param message detail for people; for a lost batch, why it was lost ("timed out", "died with exit
 *     status 137"), as the queue records it; empty when none
 */
public record BatchRun(
    Batch batch,
    ShardStatus status,
    boolean lost,
    int exitCode,
    long startMillis,
    long endMillis,
    long testMillis,
    TestCount count,
    Path dir,
    String message) {

  public BatchRun {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(count, "count");
    Objects.requireNonNull(dir, "dir");
    message = message == null ? "" : message;
  }

  /** The message, and for a lost batch what became of its units: for the tables and logs. */
  public String detail() {
    if (!lost) {
      return message;
    }
    return message
        + (batch.secondAttempt()
            ? "; lost on its second attempt: its units never ran"
            : "; its units went back to the queue");
  }

  /** How long its command ran. */
  public long wallMillis() {
    return endMillis - startMillis;
  }

  /** The runner's start cost this batch shows: wall time minus reported test time. */
  public long overheadMillis() {
    return Math.max(0, wallMillis() - testMillis);
  }
}
