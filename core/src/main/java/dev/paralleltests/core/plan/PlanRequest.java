package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.unit.Granularity;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything the planner needs: the units with their estimates, how many shards, and options. Start
 * from {@link #of} and refine with the {@code with...} methods.
 *
 * @param units one estimate per unit; names must be distinct and come back unchanged in the plan
 * @param shardCount a fixed count or "auto"
 * @param granularity what the units are (recorded in the plan)
 * @param safetyNet catch-all shard (default) or pure inclusion lists
 * @param testCases optional, per unit: estimates of its test cases ({@code Class#method}); a unit
 *     whose estimate exceeds {@code splitFactor x total / shards} and has two or more cases is
 *     replaced by its cases
 * @param splitFactor the fraction of the ideal per-shard time above which a unit is split (default
 *     1.0)
 * @param catchAllReserveMillis time kept free on the catch-all shard for tests the plan does not
 *     list (default 0); for example the time that tests new to a build took in recent builds
 */
public record PlanRequest(
    List<UnitEstimate> units,
    ShardCount shardCount,
    Granularity granularity,
    SafetyNet safetyNet,
    Map<String, List<UnitEstimate>> testCases,
    double splitFactor,
    long catchAllReserveMillis) {

  public PlanRequest {
    units = List.copyOf(units);
    Objects.requireNonNull(shardCount, "shardCount");
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(safetyNet, "safetyNet");
    Map<String, List<UnitEstimate>> copy = new LinkedHashMap<>();
    testCases.forEach((unit, cases) -> copy.put(unit, List.copyOf(cases)));
    testCases = Collections.unmodifiableMap(copy);
    if (!(splitFactor > 0) || Double.isInfinite(splitFactor)) {
      throw new IllegalArgumentException("split factor must be positive, got " + splitFactor);
    }
    if (catchAllReserveMillis < 0) {
      throw new IllegalArgumentException(
          "catch-all reserve must not be negative, got " + catchAllReserveMillis);
    }
  }

  /** Class granularity, catch-all safety net, no splitting. */
  public static PlanRequest of(Collection<UnitEstimate> units, ShardCount shardCount) {
    return new PlanRequest(
        List.copyOf(units), shardCount, Granularity.CLASS, SafetyNet.CATCH_ALL, Map.of(), 1.0, 0);
  }

  /** Class granularity, catch-all safety net, no splitting, {@code shards} shards. */
  public static PlanRequest of(Collection<UnitEstimate> units, int shards) {
    return of(units, ShardCount.fixed(shards));
  }

  public PlanRequest withGranularity(Granularity g) {
    return new PlanRequest(
        units, shardCount, g, safetyNet, testCases, splitFactor, catchAllReserveMillis);
  }

  public PlanRequest withSafetyNet(SafetyNet s) {
    return new PlanRequest(
        units, shardCount, granularity, s, testCases, splitFactor, catchAllReserveMillis);
  }

  public PlanRequest withShardCount(ShardCount c) {
    return new PlanRequest(
        units, c, granularity, safetyNet, testCases, splitFactor, catchAllReserveMillis);
  }

  /**
   * Allows units that take longer than total / shards to be split into these test cases (keyed by
   * the unit's name, cases named {@code Class#method}).
   */
  public PlanRequest withTestCases(Map<String, List<UnitEstimate>> cases) {
    return new PlanRequest(
        units, shardCount, granularity, safetyNet, cases, splitFactor, catchAllReserveMillis);
  }

  /**
   * Keeps {@code millis} free on the catch-all shard for tests the plan does not list, so that new
   * tests do not overload it. Ignored with {@link SafetyNet#INCLUSIONS_ONLY}.
   */
  public PlanRequest withCatchAllReserve(long millis) {
    return new PlanRequest(
        units, shardCount, granularity, safetyNet, testCases, splitFactor, millis);
  }

  /** Splits units above {@code factor x total / shards} instead of above total / shards. */
  public PlanRequest withSplitFactor(double factor) {
    return new PlanRequest(
        units, shardCount, granularity, safetyNet, testCases, factor, catchAllReserveMillis);
  }
}
