package dev.paralleltests.core.queue;

import java.util.List;
import java.util.Objects;

/**
 * Work handed to one shard at once: the runner is started once for it.
 *
 * @param id 1-based, in the order batches were handed out; unique within a queue
 * @param shard the 1-based shard that claimed it
 * @param units the units to run, longest first
 * @param catchAll true for the batch that runs the tests no plan lists: the runner's whole default
 *     selection minus every unit of the plan ({@link WorkQueue#catchAllExcludes()})
 * @param attempt 1, or 2 for units that came back from a lost batch of another shard
 * @param estimatedMillis the sum of the units' estimates (for the catch-all batch: the room the
 *     plan kept for unknown tests)
 * @param claimedAtMillis when it was handed out, epoch milliseconds
 */
public record Batch(
    int id,
    int shard,
    List<String> units,
    boolean catchAll,
    int attempt,
    long estimatedMillis,
    long claimedAtMillis) {

  public Batch {
    if (id < 1 || shard < 1) {
      throw new IllegalArgumentException("batch " + id + " of shard " + shard + ": 1-based");
    }
    units = List.copyOf(Objects.requireNonNull(units, "units"));
    if (attempt != 1 && attempt != 2) {
      throw new IllegalArgumentException("attempt must be 1 or 2, got " + attempt);
    }
    if (catchAll && !units.isEmpty()) {
      throw new IllegalArgumentException("the catch-all batch lists no units");
    }
  }

  /** True for a batch of units that a lost batch gave back. */
  public boolean secondAttempt() {
    return attempt == 2;
  }

  @Override
  public String toString() {
    return "batch "
        + id
        + " (shard "
        + shard
        + (catchAll
            ? ", catch-all"
            : ", " + units.size() + (units.size() == 1 ? " unit" : " units"))
        + (attempt == 2 ? ", second attempt" : "")
        + ")";
  }
}
