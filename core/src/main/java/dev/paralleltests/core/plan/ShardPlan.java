package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
 * @param estimates the estimate each planned unit was given, by unit name (empty when unknown, for
 *     example for a plan built by hand); lets a plan explain itself after it was stored and read
 * @param notes remarks of the planner for people (why this shard count, which units were split)
 */
public record ShardPlan(
    Granularity granularity,
    List<Shard> shards,
    long lowerBoundMillis,
    long predictedMakespanMillis,
    int knownUnits,
    int estimatedUnits,
    Map<String, UnitEstimate> estimates,
    List<String> notes) {

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
    estimates =
        Collections.unmodifiableMap(
            estimates instanceof PlannedEstimates planned
                ? planned // the planner's, never touched again: no copy of 100,000 entries
                : new LinkedHashMap<>(estimates));
    notes = List.copyOf(notes);
  }

  /** A plan without per-unit estimates or notes (the original six-field form). */
  public ShardPlan(
      Granularity granularity,
      List<Shard> shards,
      long lowerBoundMillis,
      long predictedMakespanMillis,
      int knownUnits,
      int estimatedUnits) {
    this(
        granularity,
        shards,
        lowerBoundMillis,
        predictedMakespanMillis,
        knownUnits,
        estimatedUnits,
        Map.of(),
        List.of());
  }

  /** The catch-all shard, if this plan has one. */
  public Optional<Shard> catchAllShard() {
    return shards.stream().filter(Shard::catchAll).findFirst();
  }

  /** Every unit the plan assigned, shard by shard. */
  public List<String> allUnits() {
    List<String> all = new ArrayList<>();
    for (Shard s : shards) {
      all.addAll(s.units());
    }
    return all;
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
