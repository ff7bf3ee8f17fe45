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
    int planned = 0;
    for (Shard shard : plan.shards()) {
      planned += shard.units().size();
    }
    NameTable shardOf = new NameTable(planned);
    for (Shard shard : plan.shards()) {
      // Only a catch-all may be empty: it still runs every test not listed elsewhere.
      boolean mayBeEmpty =
          shard.catchAll() && (plan.shards().size() == 1 || request.catchAllReserveMillis() > 0);
      if (shard.units().isEmpty() && !mayBeEmpty) {
        throw new IllegalStateException("plan has an empty shard: " + shard.index());
      }
      for (String unit : shard.units()) {
        int previous = shardOf.putIfAbsent(unit, shard.index());
        if (previous != NameTable.ABSENT) {
          throw new IllegalStateException(
              "unit " + unit + " is in shards " + previous + " and " + shard.index());
        }
      }
    }
    int expected = 0;
    for (UnitEstimate u : request.units()) {
      if (shardOf.get(u.unit()) != NameTable.ABSENT) {
        expected++;
        continue;
      }
      List<UnitEstimate> cases = request.testCases().getOrDefault(u.unit(), List.of());
      if (cases.isEmpty()) {
        throw new IllegalStateException("unit " + u.unit() + " is in no shard");
      }
      for (UnitEstimate c : cases) {
        if (shardOf.get(c.unit()) == NameTable.ABSENT) {
          throw new IllegalStateException(
              "unit " + u.unit() + " was split, but its test case " + c.unit() + " is in no shard");
        }
        expected++;
      }
    }
    if (expected != shardOf.size()) {
      for (String unit : shardOf.names()) {
        if (!given(request, unit)) {
          throw new IllegalStateException(
              "unit " + unit + " is in shard " + shardOf.get(unit) + " but was never given");
        }
      }
      throw new IllegalStateException(
          "plan holds " + shardOf.size() + " units, " + expected + " expected");
    }
  }

  private static boolean given(PlanRequest request, String unit) {
    for (UnitEstimate u : request.units()) {
      if (u.unit().equals(unit)) {
        return true;
      }
    }
    for (List<UnitEstimate> cases : request.testCases().values()) {
      for (UnitEstimate c : cases) {
        if (c.unit().equals(unit)) {
          return true;
        }
      }
    }
    return false;
  }
}
