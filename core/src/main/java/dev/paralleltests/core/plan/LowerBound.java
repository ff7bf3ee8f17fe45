package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.UnitEstimate;
import java.util.Collection;

/**
 * The shortest makespan any split of these units into this many shards can reach: max(total /
 * shards, longest unit), with the division rounded up. Used with estimates to score a plan and with
 * actual times to score a finished build.
 */
public final class LowerBound {
  private LowerBound() {}

  /** The lower bound for these estimates split into {@code shards} shards. */
  public static long of(Collection<UnitEstimate> units, int shards) {
    long total = 0;
    long longest = 0;
    for (UnitEstimate u : units) {
      total += u.millis();
      longest = Math.max(longest, u.millis());
    }
    return of(total, longest, shards);
  }

  /** The lower bound for these durations split into {@code shards} shards. */
  public static long ofMillis(long[] millis, int shards) {
    long total = 0;
    long longest = 0;
    for (long m : millis) {
      if (m < 0) {
        throw new IllegalArgumentException("negative duration " + m);
      }
      total += m;
      longest = Math.max(longest, m);
    }
    return of(total, longest, shards);
  }

  /** The lower bound from a total and the longest single unit. */
  public static long of(long totalMillis, long longestMillis, int shards) {
    if (shards < 1) {
      throw new IllegalArgumentException("shard count must be at least 1, got " + shards);
    }
    if (totalMillis < 0 || longestMillis < 0) {
      throw new IllegalArgumentException("negative duration");
    }
    long perShard = totalMillis / shards + (totalMillis % shards == 0 ? 0 : 1);
    return Math.max(perShard, longestMillis);
  }
}
