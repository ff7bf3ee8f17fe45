package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.UnitNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gives the time of cases whose reports name no unit (see {@link UnnamedFiles}) to the units the
 * shard that ran them was given, which a run knows even where the reports do not. Of a shard's
 * planned units, those that no named case claims are the ones the unnamed cases can belong to: when
 * that is one unit, the cases are its own (exact); when it is several, their time is shared evenly
 * among them (an estimate by count, which later runs, splitting the units differently, refine).
 */
public final class UnitsFromShards {

  /**
   * A shard's timings with unnamed cases given to units.
   *
   * @param timings the shard's timings afterwards
   * @param exactUnits units that got the unnamed cases of their shard exactly
   * @param sharedUnits units that got an even share of their shard's unnamed time
   */
  public record Result(BuildTimings timings, int exactUnits, int sharedUnits) {}

  private UnitsFromShards() {}

  /**
   * Attributes one shard's unnamed cases.
   *
   * @param shard the timings of that shard's reports alone
   * @param plannedUnits the units the plan gave the shard
   * @param granularity the plan's; at test granularity nothing is attributed (a case cannot be told
   *     from its neighbours)
   */
  public static Result attribute(
      BuildTimings shard, List<String> plannedUnits, Granularity granularity) {
    if (granularity == Granularity.TEST || plannedUnits.isEmpty()) {
      return new Result(shard, 0, 0);
    }
    Set<String> claimed = new HashSet<>();
    List<Map.Entry<TestCaseId, Long>> unnamed = new ArrayList<>();
    for (Map.Entry<TestCaseId, Long> e : shard.caseMillis().entrySet()) {
      String unit = e.getKey().unit(granularity);
      if (unit.isEmpty()) {
        unnamed.add(e);
      } else {
        claimed.add(UnitNames.canonical(unit, granularity));
      }
    }
    if (unnamed.isEmpty()) {
      return new Result(shard, 0, 0);
    }
    Set<String> open = new LinkedHashSet<>();
    for (String unit : plannedUnits) {
      String canonical = UnitNames.canonical(unit, granularity);
      if (!claimed.contains(canonical)) {
        open.add(canonical);
      }
    }
    if (open.isEmpty()) {
      return new Result(shard, 0, 0);
    }
    BuildTimings.Builder out = BuildTimings.builder();
    shard.suiteExtraMillis().forEach(out::addSuiteExtra);
    long unnamedMillis = 0;
    String only = open.size() == 1 ? open.iterator().next() : null;
    for (Map.Entry<TestCaseId, Long> e : shard.caseMillis().entrySet()) {
      TestCaseId id = e.getKey();
      if (!id.unit(granularity).isEmpty()) {
        out.addCase(id, e.getValue());
      } else if (only != null) {
        out.addCase(withUnit(id, only), e.getValue());
      } else {
        unnamedMillis += e.getValue();
      }
    }
    if (only != null) {
      return new Result(out.build(), 1, 0);
    }
    List<String> units = new ArrayList<>(open);
    long share = unnamedMillis / units.size();
    long rest = unnamedMillis % units.size();
    for (int i = 0; i < units.size(); i++) {
      String unit = units.get(i);
      out.addSuiteExtra(
          TestCaseId.of("", "", List.of(), unit, unit, ""), share + (i < rest ? 1 : 0));
    }
    return new Result(out.build(), 0, units.size());
  }

  private static TestCaseId withUnit(TestCaseId id, String unit) {
    return TestCaseId.of(
        id.className(),
        id.name(),
        id.suitePath(),
        id.classUnit().isEmpty() ? unit : id.classUnit(),
        id.fileUnit().isEmpty() ? unit : id.fileUnit(),
        id.testUnit().isEmpty() && !id.name().isEmpty() ? unit + "#" + id.name() : id.testUnit());
  }
}
