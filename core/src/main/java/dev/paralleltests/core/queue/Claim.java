package dev.paralleltests.core.queue;

import java.util.Objects;
import java.util.Optional;

/**
 * The queue's answer to a shard asking for work.
 *
 * @param kind a batch to run, wait and ask again, or done
 * @param batch the batch, for {@link Kind#BATCH}
 * @param reason for people: why done or why wait
 */
public record Claim(Kind kind, Optional<Batch> batch, String reason) {

  /** What a claim can say. */
  public enum Kind {
    /** Run this batch, then report it. */
    BATCH,
    /**
     * Nothing to hand out now, but batches of other shards are still running and may come back if
     * their shard dies: ask again shortly.
     */
    WAIT,
    /** Nothing left for this shard: the queue is drained, stopped, or this shard was lost. */
    DONE
  }

  public Claim {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(batch, "batch");
    reason = reason == null ? "" : reason;
    if ((kind == Kind.BATCH) != batch.isPresent()) {
      throw new IllegalArgumentException("a batch comes exactly with kind BATCH");
    }
  }

  static Claim of(Batch batch) {
    return new Claim(Kind.BATCH, Optional.of(batch), "");
  }

  static Claim waiting(String reason) {
    return new Claim(Kind.WAIT, Optional.empty(), reason);
  }

  static Claim done(String reason) {
    return new Claim(Kind.DONE, Optional.empty(), reason);
  }
}
