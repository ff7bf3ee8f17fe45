package dev.paralleltests.core.plan;

import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Which units each shard runs, with the numbers that explain the split. Immutable; the planner
 * checks before returning one that every unit it was given is in exactly one shard.
 *
 * @param granularity what the units are
 * @param shards the shards, indexed 1..n in order
 * @param lowerBoundMillis max(total / shards, longest unit): no plan can finish sooner
 * @param predictedMakespanMillis the slowest shard's predicted time
 * @param knownUnits units whose estimate rests on history
 * @param estimatedUnits units that had no history and were given the median of the known ones
 */
public record ShardPlan(
    Granularity granularity,
    List<Shard> shards,
    long lowerBoundMillis,
    long predictedMakespanMillis,
    int knownUnits,
    int estimatedUnits) {

  /** Version of the plan's JSON form; bumped on any incompatible change. */
  public static final int FORMAT_VERSION = 1;

  public ShardPlan {
    Objects.requireNonNull(granularity, "granularity");
    shards = List.copyOf(shards);
    for (int i = 0; i < shards.size(); i++) {
      if (shards.get(i).index() != i + 1) {
        throw new IllegalArgumentException(
            "shards must be numbered 1.." + shards.size() + ", found " + shards.get(i).index());
      }
    }
    if (shards.stream().filter(Shard::catchAll).count() > 1) {
      throw new IllegalArgumentException("at most one catch-all shard");
    }
  }

  /** The shard with this 1-based index. */
  public Shard shard(int index) {
    if (index < 1 || index > shards.size()) {
      throw new IndexOutOfBoundsException(
          "shard " + index + " of a plan with " + shards.size() + " shards");
    }
    return shards.get(index - 1);
  }

  /**
   * What the catch-all shard must not run: every unit assigned to another shard. Empty for any
   * other shard.
   */
  public List<String> excludesFor(int index) {
    if (!shard(index).catchAll()) {
      return List.of();
    }
    List<String> excludes = new ArrayList<>();
    for (Shard s : shards) {
      if (s.index() != index) {
        excludes.addAll(s.units());
      }
    }
    return List.copyOf(excludes);
  }

  /** The predicted makespan over the lower bound: 1.0 is a perfect split. */
  public double predictedImbalance() {
    return lowerBoundMillis == 0 ? 1.0 : (double) predictedMakespanMillis / lowerBoundMillis;
  }
}
