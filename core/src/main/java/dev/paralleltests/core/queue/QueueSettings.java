package dev.paralleltests.core.queue;

/**
 * How a {@link WorkQueue} sizes its batches.
 *
 * <p>A shard's first batch is {@code firstShare} of what the static plan gave it, longest units
 * first, so that most of the work starts at once, with a single runner start per shard. Every later
 * batch is {@code remaining / (divisor x shards)} of the estimated work still queued (guided
 * self-scheduling): large while much is left, small near the end, where small batches let the
 * shards finish together. No later batch is planned below the shard's minimum: {@code
 * startCostFactor} times its measured start cost (the wall time of its first batch minus the test
 * time its reports show), and never below {@code minBatchMillis}, so a batch always pays for the
 * runner's start. The remaining work counts what other shards' running batches still have to do,
 * and sizes are converted with each shard's measured pace (estimated over reported time).
 *
 * @param firstShare the share of its static plan a shard's first batch takes, in (0, 1]
 * @param divisor guided self-scheduling's divisor, at least 1: higher gives smaller batches
 * @param startCostFactor a later batch holds at least this many times the shard's start cost
 * @param minBatchMillis the smallest later batch before any start cost was measured, and always
 */
public record QueueSettings(
    double firstShare, double divisor, double startCostFactor, long minBatchMillis) {

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
  }

  /**
   * The defaults the queue simulation was tuned with (docs/performance.md, "Queue mode"): first
   * batch 65% of the static share (small enough for an agent 1.5x slower than the others to shed
   * its excess), divisor 1.25, later batches at least 2 start costs and 1 s.
   */
  public static QueueSettings defaults() {
    return new QueueSettings(0.65, 1.25, 2, 1_000);
  }

  public QueueSettings withFirstShare(double share) {
    return new QueueSettings(share, divisor, startCostFactor, minBatchMillis);
  }

  public QueueSettings withDivisor(double d) {
    return new QueueSettings(firstShare, d, startCostFactor, minBatchMillis);
  }

  public QueueSettings withStartCostFactor(double factor) {
    return new QueueSettings(firstShare, divisor, factor, minBatchMillis);
  }

  public QueueSettings withMinBatchMillis(long millis) {
    return new QueueSettings(firstShare, divisor, startCostFactor, millis);
  }
}
