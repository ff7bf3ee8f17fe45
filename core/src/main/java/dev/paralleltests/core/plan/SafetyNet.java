package dev.paralleltests.core.plan;

/** How a plan makes sure that tests it has never seen still run exactly once. */
public enum SafetyNet {
  /**
   * The default: shard 1 runs everything not assigned to another shard (an exclusion list), all
   * other shards run inclusion lists. A brand-new test therefore runs on shard 1, exactly once. The
   * planner makes shard 1 the least-loaded shard, so new tests land where there is room.
   */
  CATCH_ALL,
  /**
   * Every shard gets an inclusion list. Only safe when the caller discovered every unit that exists
   * (for example from the test sources), since a unit not given to the planner runs nowhere.
   */
  INCLUSIONS_ONLY
}
