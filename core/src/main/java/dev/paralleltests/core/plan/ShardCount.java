package dev.paralleltests.core.plan;

import java.time.Duration;
import java.util.Locale;

/**
 * How many shards a plan should have: a fixed number, or "auto", the smallest number whose
 * predicted makespan meets a target duration, up to a maximum. Either way the planner never makes
 * more shards than there are units.
 */
public sealed interface ShardCount {

  /** Exactly this many shards (fewer only when there are fewer units). */
  record Fixed(int shards) implements ShardCount {
    public Fixed {
      if (shards < 1) {
        throw new IllegalArgumentException("shard count must be at least 1, got " + shards);
      }
    }
  }

  /**
   * The smallest shard count in 1..maxShards whose predicted makespan is at most {@code
   * targetMillis}; when none is, the smallest count that gives the shortest makespan found.
   */
  record Auto(long targetMillis, int maxShards) implements ShardCount {
    public Auto {
      if (targetMillis <= 0) {
        throw new IllegalArgumentException(
            "target duration must be positive, got " + targetMillis + " ms");
      }
      if (maxShards < 1) {
        throw new IllegalArgumentException(
            "maximum shard count must be at least 1, got " + maxShards);
      }
    }
  }

  static ShardCount fixed(int shards) {
    return new Fixed(shards);
  }

  static ShardCount auto(Duration target, int maxShards) {
    return new Auto(target.toMillis(), maxShards);
  }

  /**
   * Parses a command-line or pipeline value: a positive number, or {@code auto} (which then needs
   * the target and maximum).
   *
   * @throws IllegalArgumentException naming the value and what is accepted
   */
  static ShardCount parse(String text, Duration autoTarget, int autoMaxShards) {
    String value = text.trim().toLowerCase(Locale.ROOT);
    if (value.equals("auto")) {
      return auto(autoTarget, autoMaxShards);
    }
    try {
      return fixed(Integer.parseInt(value));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "shard count '" + text + "': expected a positive number or 'auto'", e);
    }
  }
}
