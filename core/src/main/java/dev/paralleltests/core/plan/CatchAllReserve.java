package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.history.TestCaseId;
import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much time to keep free on the catch-all shard ({@link PlanRequest#withCatchAllReserve}): the
 * time that units new to a build took, typically. A plan made from the history's units alone puts
 * every new test on the catch-all shard; without room kept for them, that shard finishes last.
 */
public final class CatchAllReserve {
  /** How many recent builds the typical value is taken over. */
  public static final int WINDOW = 10;

  private CatchAllReserve() {}

  /**
   * The median, over the last {@link #WINDOW} builds of the history (the first build excepted, all
   * of whose units are new), of the time taken by units that no earlier build had run. 0 for a
   * history of fewer than two builds.
   */
  public static long typicalNewWork(TimingHistory history, Granularity granularity) {
    Set<String> seen = new HashSet<>();
    List<Long> newWork = new ArrayList<>();
    boolean first = true;
    for (RecordedBuild build : history.builds()) {
      Map<String, Long> units = new HashMap<>();
      build.timings().caseMillis().forEach((id, millis) -> add(units, id, granularity, millis));
      build
          .timings()
          .suiteExtraMillis()
          .forEach((id, millis) -> add(units, id, granularity, millis));
      long fresh = 0;
      for (Map.Entry<String, Long> e : units.entrySet()) {
        if (seen.add(e.getKey())) {
          fresh += Math.max(0, e.getValue());
        }
      }
      if (!first) {
        newWork.add(fresh);
      }
      first = false;
    }
    if (newWork.isEmpty()) {
      return 0;
    }
    List<Long> recent =
        new ArrayList<>(newWork.subList(Math.max(0, newWork.size() - WINDOW), newWork.size()));
    Collections.sort(recent);
    int n = recent.size();
    return n % 2 == 1 ? recent.get(n / 2) : (recent.get(n / 2 - 1) + recent.get(n / 2)) / 2;
  }

  private static void add(Map<String, Long> units, TestCaseId id, Granularity g, long millis) {
    String unit =
        switch (g) {
          case CLASS -> id.classUnit();
          case FILE -> id.fileUnit();
          case TEST -> id.testUnit();
        };
    if (!unit.isEmpty()) {
      units.merge(unit, millis, Long::sum);
    }
  }
}
