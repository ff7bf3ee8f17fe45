package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.UnitEstimate;
import java.util.List;

/**
 * The one rule a plan must never break: every unit the caller gave is in exactly one shard (or, if
 * the planner split it, each of its test cases is), and no shard holds a unit that was not given.
 * Checked before any plan leaves the planner, because a broken plan drops or duplicates tests.
 */
final class PlanInvariant {
  private PlanInvariant() {}

  static void check(PlanRequest request, ShardPlan plan) {
    check(request, plan, GivenNames.of(request));
  }

  /** As {@link #check(PlanRequest, ShardPlan)}, with the request's names already numbered. */
  static void check(PlanRequest request, ShardPlan plan, GivenNames given) {
    // The shard each given name is planned in; 0: in none (shards are numbered from 1).
    int[] shardOf = new int[given.size()];
    int planned = 0;
    for (Shard shard : plan.shards()) {
      // Only a catch-all may be empty: it still runs every test not listed elsewhere.
      boolean mayBeEmpty =
          shard.catchAll() && (plan.shards().size() == 1 || request.catchAllReserveMillis() > 0);
      if (shard.units().isEmpty() && !mayBeEmpty) {
        throw new IllegalStateException("plan has an empty shard: " + shard.index());
      }
      for (String unit : shard.units()) {
        int n = given.numberOf(unit);
        if (n == NameTable.ABSENT) {
          throw new IllegalStateException(
              "unit " + unit + " is in shard " + shard.index() + " but was never given");
        }
        if (shardOf[n] != 0) {
          throw new IllegalStateException(
              "unit " + unit + " is in shards " + shardOf[n] + " and " + shard.index());
        }
        shardOf[n] = shard.index();
        planned++;
      }
    }
    int expected = 0;
    for (int n = 0; n < given.units(); n++) {
      if (shardOf[n] != 0) {
        expected++;
        continue;
      }
      UnitEstimate u = request.units().get(n);
      List<UnitEstimate> cases = request.testCases().getOrDefault(u.unit(), List.of());
      if (cases.isEmpty()) {
        throw new IllegalStateException("unit " + u.unit() + " is in no shard");
      }
      for (UnitEstimate c : cases) {
        if (shardOf[given.numberOf(c.unit())] == 0) {
          throw new IllegalStateException(
              "unit " + u.unit() + " was split, but its test case " + c.unit() + " is in no shard");
        }
        expected++;
      }
    }
    if (expected != planned) {
      // A unit planned whole and some of its cases as well, or cases of a unit not split.
      throw new IllegalStateException(
          "plan holds " + planned + " units, " + expected + " expected");
    }
  }
}
