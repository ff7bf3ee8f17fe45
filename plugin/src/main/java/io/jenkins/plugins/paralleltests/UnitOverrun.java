package io.jenkins.plugins.paralleltests;

/**
 * A unit that ran far longer than its plan said: the reason a split comes out uneven.
 *
 * @param unit the unit's name as planned
 * @param shard the 1-based shard it ran in
 * @param plannedMillis the plan's estimate for it
 * @param actualMillis what its results account for
 * @param estimated whether the plan had no history for it and used the median
 */
record UnitOverrun(
    String unit, int shard, long plannedMillis, long actualMillis, boolean estimated) {

  /** Actual over planned; infinite when the plan said zero. */
  double ratio() {
    return plannedMillis == 0 ? Double.POSITIVE_INFINITY : (double) actualMillis / plannedMillis;
  }

  /** How much longer than planned. */
  long extraMillis() {
    return actualMillis - plannedMillis;
  }
}
