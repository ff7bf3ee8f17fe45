package dev.paralleltests.core.plan;

import java.util.List;
import java.util.Objects;

/**
 * One shard of a plan.
 *
 * @param index 1-based, everywhere
 * @param units the units the plan assigned to this shard, in the order it should run them
 * @param catchAll true for the one shard (at most) that is told what <em>not</em> to run (every
 *     other shard's units) instead of what to run, so that tests the plan never saw still run
 *     exactly once
 * @param predictedMillis the sum of this shard's unit estimates; for a catch-all shard, plus the
 *     time the plan kept free on it for tests it does not list ({@link
 *     PlanRequest#catchAllReserveMillis()}, usually 0)
 */
public record Shard(int index, List<String> units, boolean catchAll, long predictedMillis) {
  public Shard {
    if (index < 1) {
      throw new IllegalArgumentException("shard index is 1-based, got " + index);
    }
    units = List.copyOf(units);
    if (predictedMillis < 0) {
      throw new IllegalArgumentException("negative prediction for shard " + index);
    }
  }

  /** Convenience for readers of a plan: how many units the plan assigned to this shard. */
  public int size() {
    return units.size();
  }

  @Override
  public String toString() {
    return "shard " + index + (catchAll ? " (catch-all)" : "") + ": " + units.size() + " units";
  }

  static Shard of(int index, List<String> units, boolean catchAll, long predictedMillis) {
    return new Shard(index, Objects.requireNonNull(units), catchAll, predictedMillis);
  }
}
