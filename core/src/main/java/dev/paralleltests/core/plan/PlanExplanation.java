package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.report.Durations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Why a plan looks the way it does, in words for people and for the build log: the lower bound,
 * each shard's predicted time, the predicted makespan against the bound, how many units had history
 * and how many were estimated (and with what), the slowest units, and what one shard more or fewer
 * would give.
 *
 * @param plan the plan explained
 * @param slowest the slowest units, longest first (at most {@link #SLOWEST_SHOWN})
 * @param estimatedMillis the estimate given to units without history (the median of the known
 *     ones), if any unit was estimated
 * @param fewerShardsMakespan predicted makespan with one shard fewer, when that is possible
 * @param moreShardsMakespan predicted makespan with one shard more, when that is possible
 */
public record PlanExplanation(
    ShardPlan plan,
    List<UnitEstimate> slowest,
    OptionalLong estimatedMillis,
    OptionalLong fewerShardsMakespan,
    OptionalLong moreShardsMakespan) {

  /** How many of the slowest units the explanation names. */
  public static final int SLOWEST_SHOWN = 5;

  public PlanExplanation {
    Objects.requireNonNull(plan, "plan");
    slowest = List.copyOf(slowest);
    Objects.requireNonNull(estimatedMillis, "estimatedMillis");
    Objects.requireNonNull(fewerShardsMakespan, "fewerShardsMakespan");
    Objects.requireNonNull(moreShardsMakespan, "moreShardsMakespan");
  }

  /**
   * Explains a plan. The alternatives with one shard more and fewer are planned again from the
   * plan's own estimates; a plan without estimates (written by hand) is explained without them.
   */
  public static PlanExplanation of(ShardPlan plan) {
    List<UnitEstimate> estimates = new ArrayList<>(plan.estimates().values());
    estimates.sort(ShardPlanner.LONGEST_FIRST);
    List<UnitEstimate> slowest = estimates.subList(0, Math.min(SLOWEST_SHOWN, estimates.size()));
    long[] unknown =
        estimates.stream()
            .filter(UnitEstimate::isEstimated)
            .mapToLong(UnitEstimate::millis)
            .toArray();
    OptionalLong estimated = OptionalLong.empty();
    if (unknown.length > 0) {
      Arrays.sort(unknown);
      estimated = OptionalLong.of(unknown[unknown.length / 2]);
    }
    int n = plan.shards().size();
    OptionalLong fewer = OptionalLong.empty();
    OptionalLong more = OptionalLong.empty();
    if (!estimates.isEmpty() && estimates.size() == plan.allUnits().size()) {
      PlanRequest again =
          PlanRequest.of(estimates, 1)
              .withGranularity(plan.granularity())
              .withSafetyNet(SafetyNet.INCLUSIONS_ONLY);
      if (n > 1) {
        fewer = OptionalLong.of(ShardPlanner.plan(again, n - 1).predictedMakespanMillis());
      }
      if (n < estimates.size()) {
        more = OptionalLong.of(ShardPlanner.plan(again, n + 1).predictedMakespanMillis());
      }
    }
    return new PlanExplanation(plan, slowest, estimated, fewer, more);
  }

  /** The explanation as lines of text, without trailing newlines. */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    int units = plan.allUnits().size();
    int n = plan.shards().size();
    lines.add(
        "Parallel Tests plan: "
            + units
            + " "
            + plan.granularity().label()
            + (units == 1 ? " unit" : " units")
            + " in "
            + n
            + (n == 1 ? " shard" : " shards"));
    String history =
        "  history: "
            + plan.knownUnits()
            + (plan.knownUnits() == 1 ? " unit known, " : " units known, ")
            + plan.estimatedUnits()
            + " estimated";
    if (plan.estimatedUnits() > 0 && estimatedMillis.isPresent()) {
      history +=
          " (no history; each assumed "
              + Durations.format(estimatedMillis.getAsLong())
              + ", the median of the known units)";
    }
    lines.add(history);
    long total = plan.shards().stream().mapToLong(Shard::predictedMillis).sum();
    long longest = slowest.isEmpty() ? 0 : slowest.get(0).millis();
    lines.add(
        "  lower bound "
            + Durations.format(plan.lowerBoundMillis())
            + " (max of total "
            + Durations.format(total)
            + " / "
            + n
            + " and the longest unit"
            + (slowest.isEmpty() ? "" : ", " + Durations.format(longest))
            + ")");
    lines.add(
        "  predicted makespan "
            + Durations.format(plan.predictedMakespanMillis())
            + String.format(Locale.ROOT, " = %.3f x lower bound", plan.predictedImbalance()));
    for (Shard s : plan.shards()) {
      lines.add(
          "  shard "
              + s.index()
              + ": "
              + s.size()
              + (s.size() == 1 ? " unit" : " units")
              + ", predicted "
              + Durations.format(s.predictedMillis())
              + (s.catchAll() ? " (catch-all: also runs every test not listed in the plan)" : ""));
    }
    if (!slowest.isEmpty()) {
      StringBuilder line = new StringBuilder("  slowest units:");
      for (UnitEstimate u : slowest) {
        line.append(' ')
            .append(u.unit())
            .append(' ')
            .append(Durations.format(u.millis()))
            .append(u.isEstimated() ? " (estimated)" : " (" + u.samples() + " samples)")
            .append(u == slowest.get(slowest.size() - 1) ? "" : ",");
      }
      lines.add(line.toString());
      if (longest > 0 && longest == plan.lowerBoundMillis() && n > 1) {
        lines.add(
            "  the longest unit sets the lower bound: more shards cannot finish sooner than it;"
                + " split it (finer granularity) to go faster");
      }
    }
    if (fewerShardsMakespan.isPresent() || moreShardsMakespan.isPresent()) {
      List<String> parts = new ArrayList<>();
      fewerShardsMakespan.ifPresent(
          m -> parts.add((n - 1) + " shards would take about " + Durations.format(m)));
      moreShardsMakespan.ifPresent(
          m -> parts.add((n + 1) + " shards about " + Durations.format(m)));
      lines.add("  alternatives: " + String.join(", ", parts));
    }
    for (String note : plan.notes()) {
      lines.add("  note: " + note);
    }
    return lines;
  }

  /** The explanation as one text, one line per fact, ending with a newline. */
  public String text() {
    return String.join("\n", lines()) + "\n";
  }
}
