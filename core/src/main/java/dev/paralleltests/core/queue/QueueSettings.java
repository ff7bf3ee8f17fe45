package dev.paralleltests.core.queue;

/**
 * How a {@link WorkQueue} sizes its batches.
 *
 * <p>A shard's first batch is {@code firstShare} of what the static plan gave it, units without
 * history first (their time is a guess, so they run while there is still work to even out their
 * error), then longest first, so that most of the work starts at once, with a single runner start
 * per shard. Every later batch starts from the claiming shard's end-together share: the part of the
 * work still queued that makes every shard end at the same time, given when each is free (the
 * projected end of its running batch), its measured start cost and its measured pace (estimated
 * over reported test time: a slow agent gets less). That share is handed whole when splitting it
 * cannot pay: when the estimates' measured error (the done batches' spread) predicts a spread of
 * its wall time below one start cost, or when what would be kept back is below the minimum batch.
 * Otherwise the shard gets {@code 1 / divisor} of it (guided self-scheduling) and the rest waits to
 * even out what the estimates got wrong. No later batch is planned below the shard's minimum:
 * {@code startCostFactor} times its measured start cost (the wall time of its first batch minus the
 * test time its reports show), and never below {@code minBatchMillis}, so a batch always pays for
 * the runner's start.
 *
 * <p>A shard whose static part is small, estimated below {@code wholePartBelowMillis} with a
 * history for every unit, gets all of it as its first batch: holding a third of it back pays only
 * when that third is worth several runner starts, and before the first batches report no start cost
 * is known. On a suite that small queue mode then runs like static splitting: one runner start per
 * shard. Units without history do not count as small: their estimate is a default, and the suite
 * may be far larger than it says.
 *
 * @param firstShare the share of its static plan a shard's first batch takes, in (0, 1]
 * @param divisor guided self-scheduling's divisor, at least 1: higher gives smaller batches
 * @param startCostFactor a later batch holds at least this many times the shard's start cost
 * @param minBatchMillis the smallest later batch before any start cost was measured, and always
 * @param wholePartBelowMillis a shard whose static part, all with history, is estimated below this
 *     gets all of it as its first batch; 0 never
 */
public record QueueSettings(
    double firstShare,
    double divisor,
    double startCostFactor,
    long minBatchMillis,
    long wholePartBelowMillis) {

  public QueueSettings {
    if (!(firstShare > 0 && firstShare <= 1)) {
      throw new IllegalArgumentException("firstShare must be in (0, 1], got " + firstShare);
    }
    if (!(divisor >= 1)) {
      throw new IllegalArgumentException("divisor must be at least 1, got " + divisor);
    }
    if (!(startCostFactor >= 0)) {
      throw new IllegalArgumentException(
          "startCostFactor must not be negative, got " + startCostFactor);
    }
    if (minBatchMillis < 0) {
      throw new IllegalArgumentException("minBatchMillis must not be negative");
    }
    if (wholePartBelowMillis < 0) {
      throw new IllegalArgumentException("wholePartBelowMillis must not be negative");
    }
  }

  /**
   * The defaults the queue simulation was tuned with (docs/performance.md, "Queue mode"): first
   * batch 65% of the static share (small enough for an agent 1.5x slower than the others to shed
   * its excess), divisor 1.25, later batches at least 2 start costs and 1 s; a shard's part below
   * 60 s in one batch (a third of 60 s is two runner starts of 10 s, docs/performance.md, "Queue
   * mode on real suites").
   */
  public static QueueSettings defaults() {
    return new QueueSettings(0.65, 1.25, 2, 1_000, 60_000);
  }

  public QueueSettings withFirstShare(double share) {
    return new QueueSettings(share, divisor, startCostFactor, minBatchMillis, wholePartBelowMillis);
  }

  public QueueSettings withDivisor(double d) {
    return new QueueSettings(firstShare, d, startCostFactor, minBatchMillis, wholePartBelowMillis);
  }

  public QueueSettings withStartCostFactor(double factor) {
    return new QueueSettings(firstShare, divisor, factor, minBatchMillis, wholePartBelowMillis);
  }

  public QueueSettings withMinBatchMillis(long millis) {
    return new QueueSettings(firstShare, divisor, startCostFactor, millis, wholePartBelowMillis);
  }

  public QueueSettings withWholePartBelowMillis(long millis) {
    return new QueueSettings(firstShare, divisor, startCostFactor, minBatchMillis, millis);
  }
}
