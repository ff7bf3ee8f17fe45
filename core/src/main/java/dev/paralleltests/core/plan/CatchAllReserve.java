package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.history.TestCaseId;
import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.history.UnitHistory;
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

  /** A build that ran fewer units than this fraction of the largest recent build is partial. */
  public static final double PARTIAL_BELOW = 0.8;

  private CatchAllReserve() {}

  /**
   * The time units new to a build typically take: the median, over the last {@link #WINDOW} full
   * builds of the history (the first build excepted, all of whose units are new), of the time taken
   * by units that no earlier build had run. A partial build (one that ran less than {@link
   * #PARTIAL_BELOW} of the units of the largest recent build) does not run the tests added since
   * the last full build, so they are still unknown afterwards: for each partial build at the end of
   * the history, one more build's worth of new work is added. 0 for a history of fewer than two
   * builds.
   */
  public static long typicalNewWork(TimingHistory history, Granularity granularity) {
    List<RecordedBuild> builds = history.builds();
    if (builds.size() < 2) {
      return 0; // the first build's units are all new: no build to learn from yet
    }
    List<Map<String, Long>> unitsPerBuild = new ArrayList<>(builds.size());
    for (RecordedBuild build : builds) {
      Map<String, Long> units = new HashMap<>();
      build.timings().caseMillis().forEach((id, millis) -> add(units, id, granularity, millis));
      build
          .timings()
          .suiteExtraMillis()
          .forEach((id, millis) -> add(units, id, granularity, millis));
      unitsPerBuild.add(units);
    }
    return typicalNewWork(unitsPerBuild);
  }

  /**
   * {@link #typicalNewWork(TimingHistory, Granularity)} for a history read for planning: the same
   * value for the same files at the history's granularity.
   */
  public static long typicalNewWork(UnitHistory history) {
    if (history.buildCount() < 2) {
      return 0; // the first build's units are all new: no build to learn from yet
    }
    return typicalNewWork(history.unitMillisPerBuild());
  }

  // Each build's time per unit, oldest build first.
  private static long typicalNewWork(List<Map<String, Long>> unitsPerBuild) {
    int builds = unitsPerBuild.size();
    Set<String> seen = new HashSet<>();
    long[] fresh = new long[builds];
    for (int b = 0; b < unitsPerBuild.size(); b++) {
      for (Map.Entry<String, Long> e : unitsPerBuild.get(b).entrySet()) {
        if (seen.add(e.getKey())) {
          fresh[b] += Math.max(0, e.getValue());
        }
      }
    }
    int from = Math.max(1, builds - WINDOW);
    int largest = 0;
    for (int b = Math.max(0, builds - WINDOW); b < builds; b++) {
      largest = Math.max(largest, unitsPerBuild.get(b).size());
    }
    List<Long> newWork = new ArrayList<>();
    int trailingPartial = 0;
    for (int b = from; b < builds; b++) {
      boolean partial = unitsPerBuild.get(b).size() < PARTIAL_BELOW * largest;
      if (partial) {
        trailingPartial++;
      } else {
        newWork.add(fresh[b]);
        trailingPartial = 0;
      }
    }
    if (newWork.isEmpty()) {
      return 0;
    }
    Collections.sort(newWork);
    int n = newWork.size();
    long median =
        n % 2 == 1 ? newWork.get(n / 2) : (newWork.get(n / 2 - 1) + newWork.get(n / 2)) / 2;
    return median * (1 + trailingPartial);
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
