package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.report.FailedTest;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.ShardSummary;
import dev.paralleltests.core.report.TestTiming;
import dev.paralleltests.core.report.Totals;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Turns what the recording step learned (the plan, the shards' junit suites, the verdict and the
 * marker steps' agents and statuses) into the core's {@link RunSummary}: the model the command
 * line's reports use too, so the build pages and those reports compute wall time, machine time,
 * speed-up and imbalance the same way.
 */
final class BuildSummaries {
  /** How many slowest tests and units the summary keeps, as the command line's summary does. */
  static final int SLOWEST = 20;

  /** A unit "ran far longer than planned" when it took at least this many times its estimate… */
  static final double OVERRUN_FACTOR = 1.5;

  /** …and at least this much longer, so that millisecond-sized units do not crowd the list. */
  static final long OVERRUN_MIN_EXTRA_MILLIS = 5_000;

  /** At most this many overruns are kept, the largest first. */
  static final int OVERRUNS = 20;

  private BuildSummaries() {}

  /**
   * What one recorded run leaves for its pages.
   *
   * @param summary the run in the core's model
   * @param overruns units that ran far longer than planned, the largest excess first
   */
  record Recorded(RunSummary summary, List<UnitOverrun> overruns) {
    Recorded {
      overruns = List.copyOf(overruns);
    }
  }

  static Recorded of(
      ShardPlan plan,
      ShardAttribution attribution,
      ShardVerdict verdict,
      Map<Integer, ShardEntry> entries) {
    List<ShardSummary> shards = new ArrayList<>();
    Totals totals = Totals.ZERO;
    long wall = 0;
    long machine = 0;
    List<TestTiming> tests = new ArrayList<>();
    List<TestTiming> units = new ArrayList<>();
    List<FailedTest> failures = new ArrayList<>();
    Map<String, long[]> unitActual = new LinkedHashMap<>(); // unit -> {millis, shard}
    for (ShardVerdict.ShardReport report : verdict.shards()) {
      int index = report.index();
      List<SuiteRecord> suites = attribution.suites(index);
      int passed = 0;
      int failed = 0;
      int skipped = 0;
      Map<String, Long> byClass = new LinkedHashMap<>();
      for (SuiteRecord suite : suites) {
        long caseSum = 0;
        for (SuiteRecord.CaseRecord c : suite.cases()) {
          long millis = Math.max(0, c.durationMillis());
          caseSum += millis;
          byClass.merge(c.className(), millis, Long::sum);
          tests.add(new TestTiming(index, c.className(), c.name(), millis));
          if (c.failed()) {
            failed++;
            failures.add(
                new FailedTest(index, c.className(), c.name(), false, false, 1, List.of(), "", ""));
          } else if (c.skipped()) {
            skipped++;
          } else {
            passed++;
          }
        }
        // A single-class suite's own time includes its setup, which no case carries.
        if (suite.cases().stream().map(SuiteRecord.CaseRecord::className).distinct().count() == 1
            && suite.durationMillis() > caseSum) {
          byClass.merge(
              suite.cases().get(0).className(), suite.durationMillis() - caseSum, Long::sum);
        }
      }
      byClass.forEach(
          (unit, millis) -> {
            units.add(new TestTiming(index, unit, "", millis));
            unitActual.merge(
                unit, new long[] {millis, index}, (a, b) -> new long[] {a[0] + b[0], a[1]});
          });
      Totals shardTotals = Totals.of(passed, failed, 0, skipped, 0);
      totals = totals.plus(shardTotals);
      ShardEntry entry = entries.get(index);
      ShardStatus ended = entry == null ? ShardStatus.NOT_STARTED : entry.getStatus();
      dev.paralleltests.core.report.ShardStatus status;
      if (ended == ShardStatus.TIMED_OUT) {
        status = dev.paralleltests.core.report.ShardStatus.TIMED_OUT;
      } else if (report.tests() == 0) {
        status =
            suites.isEmpty()
                ? dev.paralleltests.core.report.ShardStatus.MISSING
                : dev.paralleltests.core.report.ShardStatus.EMPTY;
      } else if (report.failures() > 0) {
        status = dev.paralleltests.core.report.ShardStatus.FAILED;
      } else {
        status = dev.paralleltests.core.report.ShardStatus.PASSED;
      }
      OptionalLong actual =
          suites.isEmpty() ? OptionalLong.empty() : OptionalLong.of(report.testMillis());
      if (actual.isPresent()) {
        wall = Math.max(wall, actual.getAsLong());
        machine += actual.getAsLong();
      }
      Shard planned = plan.shard(index);
      shards.add(
          new ShardSummary(
              index,
              status,
              shardTotals,
              OptionalLong.of(planned.predictedMillis()),
              OptionalInt.of(planned.units().size()),
              actual,
              1,
              suites.size(),
              entry == null ? "" : entry.getAgent(),
              entry == null ? "" : entry.getImage()));
    }
    long longestUnit = units.stream().mapToLong(TestTiming::millis).max().orElse(0);
    int shardCount = Math.max(1, shards.size());
    long lowerBound = Math.max((machine + shardCount - 1) / shardCount, longestUnit);
    RunSummary summary =
        new RunSummary(
            totals,
            shards,
            wall,
            machine,
            // Jenkins gives the shards' report times only: machine time is the test time here
            machine,
            lowerBound,
            OptionalLong.of(plan.predictedMakespanMillis()),
            OptionalInt.of(plan.estimatedUnits()),
            slowest(tests),
            slowest(units),
            failures,
            List.of(),
            verdict.warnings(),
            verdict.problems());
    return new Recorded(summary, overruns(plan, unitActual));
  }

  private static List<TestTiming> slowest(List<TestTiming> timings) {
    return timings.stream()
        .sorted(
            Comparator.comparingLong(TestTiming::millis)
                .reversed()
                .thenComparing(TestTiming::displayName))
        .limit(SLOWEST)
        .toList();
  }

  private static List<UnitOverrun> overruns(ShardPlan plan, Map<String, long[]> actual) {
    List<UnitOverrun> found = new ArrayList<>();
    for (Map.Entry<String, UnitEstimate> e : plan.estimates().entrySet()) {
      long[] ran = actual.get(e.getKey());
      if (ran == null) {
        continue;
      }
      long planned = e.getValue().millis();
      long took = ran[0];
      if (took >= planned * OVERRUN_FACTOR && took - planned >= OVERRUN_MIN_EXTRA_MILLIS) {
        found.add(
            new UnitOverrun(e.getKey(), (int) ran[1], planned, took, e.getValue().isEstimated()));
      }
    }
    found.sort(
        Comparator.comparingLong(UnitOverrun::extraMillis)
            .reversed()
            .thenComparing(UnitOverrun::unit));
    return found.size() > OVERRUNS ? List.copyOf(found.subList(0, OVERRUNS)) : found;
  }
}
