package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.report.RunProblem;
import dev.paralleltests.core.unit.UnitNamer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The units a plan gave its shards that no report read through this listener mentions, matched as
 * {@code merge --plan} matches them ({@link UnitAccounting}), over reports of any shard: what
 * {@code record --plan} notes as missing in the history.
 */
public final class UnreportedUnits implements ReportListener {
  private final UnitAccounting accounting;
  private final int shard;
  private final int planned;

  private UnreportedUnits(ShardPlan plan, UnitNamer namer) {
    this.accounting = new UnitAccounting(plan, namer);
    // Every case counts as the catch-all's (0 without one), which runs more than its selection:
    // the reports are not told apart by shard here, so no shard is judged by what another ran.
    this.shard = plan.catchAllShard().map(Shard::index).orElse(0);
    this.planned = plan.shards().stream().mapToInt(s -> s.units().size()).sum();
  }

  /** Accounts the cases read against this plan's units, each named by {@code namer}. */
  public static UnreportedUnits of(ShardPlan plan, UnitNamer namer) {
    return new UnreportedUnits(plan, namer);
  }

  @Override
  public void onCase(ReportedCase testCase) {
    accounting.observe(shard, testCase);
  }

  /**
   * The planned units no case mentioned, in plan order; none, with a warning, when the reports'
   * names do not fit the plan's at all (another repository root, reports without file names) or
   * when more than half of the plan is unreported: then the reports are most likely not the plan's
   * run, and noting every unit missing would send the whole suite to the catch-all shard.
   */
  public List<String> units(List<String> warnings) {
    List<String> missing = new ArrayList<>();
    for (RunProblem p : accounting.problems(Set.of(), warnings)) {
      missing.addAll(p.units());
    }
    if (2 * missing.size() > planned) {
      warnings.add(
          UnitAccounting.count(missing.size(), "unit")
              + " of the "
              + UnitAccounting.count(planned, "unit")
              + " planned are in no report: is this the run's plan? No unit is noted missing");
      return List.of();
    }
    return missing;
  }
}
