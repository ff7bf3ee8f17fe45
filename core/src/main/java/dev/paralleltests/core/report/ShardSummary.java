package dev.paralleltests.core.report;

import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One shard of a run: what was planned and what its reports say.
 *
 * @param index the 1-based shard number
 * @param status how it ended
 * @param totals its test counts after collapsing attempts
 * @param plannedMillis the plan's prediction for this shard, when a plan was given
 * @param plannedUnits how many units the plan gave this shard, when a plan was given
 * @param actualMillis the time its reports account for (all attempts), or the runner's measured
 *     time; empty when the shard produced nothing
 * @param attempts how many attempts its reports show (1 when nothing was retried)
 * @param reportFiles how many report files it produced
 * @param agent where it ran (agent or host name) when the runner knows, else empty
 * @param image the container image it ran in, else empty
 */
public record ShardSummary(
    int index,
    ShardStatus status,
    Totals totals,
    OptionalLong plannedMillis,
    OptionalInt plannedUnits,
    OptionalLong actualMillis,
    int attempts,
    int reportFiles,
    String agent,
    String image) {

  public ShardSummary {
    if (index < 1) {
      throw new IllegalArgumentException("shard index is 1-based, got " + index);
    }
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(totals, "totals");
    Objects.requireNonNull(plannedMillis, "plannedMillis");
    Objects.requireNonNull(plannedUnits, "plannedUnits");
    Objects.requireNonNull(actualMillis, "actualMillis");
    agent = agent == null ? "" : agent;
    image = image == null ? "" : image;
  }

  /** A shard that was expected and produced no report. */
  public static ShardSummary missing(int index, OptionalLong plannedMillis, OptionalInt units) {
    return new ShardSummary(
        index,
        ShardStatus.MISSING,
        Totals.ZERO,
        plannedMillis,
        units,
        OptionalLong.empty(),
        0,
        0,
        "",
        "");
  }

  /** The same shard with another status, e.g. {@link ShardStatus#TIMED_OUT} from a runner. */
  public ShardSummary withStatus(ShardStatus newStatus) {
    return new ShardSummary(
        index,
        newStatus,
        totals,
        plannedMillis,
        plannedUnits,
        actualMillis,
        attempts,
        reportFiles,
        agent,
        image);
  }

  /** The same shard with the runner's knowledge of where it ran and how long it took. */
  public ShardSummary withRunner(String newAgent, String newImage, OptionalLong measuredMillis) {
    return new ShardSummary(
        index,
        status,
        totals,
        plannedMillis,
        plannedUnits,
        measuredMillis.isPresent() ? measuredMillis : actualMillis,
        attempts,
        reportFiles,
        newAgent,
        newImage);
  }

  /** Actual over planned time, when both are known and the plan is not zero. */
  public java.util.OptionalDouble actualOverPlanned() {
    if (plannedMillis.isEmpty() || actualMillis.isEmpty() || plannedMillis.getAsLong() == 0) {
      return java.util.OptionalDouble.empty();
    }
    return java.util.OptionalDouble.of(
        (double) actualMillis.getAsLong() / plannedMillis.getAsLong());
  }
}
