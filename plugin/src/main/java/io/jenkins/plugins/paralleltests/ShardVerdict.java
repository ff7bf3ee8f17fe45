package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the recording step concludes about each shard: tests, times, missing units; and whether the
 * build must be marked, because a shard without results, or with fewer than planned, must never
 * leave the build green.
 *
 * @param shards one report per shard, in order
 * @param problems messages naming each shard that ran short; empty when all is well
 * @param warnings things a person should fix that do not change the result
 */
record ShardVerdict(List<ShardReport> shards, List<String> problems, List<String> warnings) {

  /** At most this many missing units are named in a message; the action keeps them all. */
  static final int NAMED_UNITS = 5;

  ShardVerdict {
    shards = List.copyOf(shards);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /**
   * One shard's outcome.
   *
   * @param index 1-based
   * @param branch the branch name
   * @param plannedMillis the plan's prediction
   * @param testMillis the sum of its suites' times
   * @param tests how many test cases it reported
   * @param failures how many failed or errored
   * @param missingUnits planned units its results do not show
   * @param status how its body ended
   */
  record ShardReport(
      int index,
      String branch,
      long plannedMillis,
      long testMillis,
      int tests,
      int failures,
      List<String> missingUnits,
      ShardStatus status) {
    ShardReport {
      missingUnits = List.copyOf(missingUnits);
    }
  }

  /** This verdict with {@code earlier} warnings (from planning) before its own. */
  ShardVerdict withEarlierWarnings(List<String> earlier) {
    if (earlier.isEmpty()) {
      return this;
    }
    List<String> all = new ArrayList<>(earlier);
    all.addAll(warnings);
    return new ShardVerdict(shards, problems, all);
  }

  static ShardVerdict judge(
      ShardPlan plan,
      String runName,
      ShardAttribution attribution,
      Map<Integer, ShardStatus> statuses) {
    List<ShardReport> reports = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Integer> ranIn = new HashMap<>();
    int count = plan.shards().size();
    for (Shard shard : plan.shards()) {
      int index = shard.index();
      String branch = BranchNames.of(runName, index, count);
      List<SuiteRecord> suites = attribution.suites(index);
      int tests = 0;
      int failures = 0;
      long millis = 0;
      for (SuiteRecord suite : suites) {
        long caseSum = 0;
        for (SuiteRecord.CaseRecord c : suite.cases()) {
          tests++;
          failures += c.failed() ? 1 : 0;
          caseSum += Math.max(0, c.durationMillis());
        }
        millis += suite.durationMillis() >= 0 ? Math.max(suite.durationMillis(), caseSum) : caseSum;
      }
      Optional<Set<String>> observed = ObservedUnits.of(suites, plan.granularity());
      List<String> missing = new ArrayList<>();
      if (observed.isPresent()) {
        for (String unit : shard.units()) {
          if (!observed.get().contains(unit)) {
            missing.add(unit);
          }
        }
        for (String unit : observed.get()) {
          Integer other = ranIn.putIfAbsent(unit, index);
          if (other != null && other != index) {
            warnings.add(
                unit
                    + " ran in both "
                    + BranchNames.of(runName, other, count)
                    + " and "
                    + branch
                    + ": the split was defeated, often by a POM's own <includes>, to which"
                    + " Surefire adds the includes file");
          }
        }
      }
      ShardStatus status = statuses.getOrDefault(index, ShardStatus.NOT_STARTED);
      reports.add(
          new ShardReport(
              index, branch, shard.predictedMillis(), millis, tests, failures, missing, status));
      String how = status == ShardStatus.SUCCESS ? "" : " (" + describe(status) + ")";
      if (tests == 0) {
        problems.add(branch + " produced no test results" + how);
      } else if (!missing.isEmpty()) {
        problems.add(
            branch
                + " produced fewer results than planned"
                + how
                + ": "
                + missing.size()
                + " of "
                + shard.units().size()
                + " planned units missing, e.g. "
                + String.join(", ", missing.subList(0, Math.min(NAMED_UNITS, missing.size()))));
      } else if (status == ShardStatus.TIMED_OUT) {
        problems.add(branch + " " + describe(status));
      }
    }
    return new ShardVerdict(reports, problems, warnings);
  }

  private static String describe(ShardStatus status) {
    return switch (status) {
      case TIMED_OUT -> "ended by its timeout";
      case ABORTED -> "aborted";
      case FAILED -> "its body failed";
      case NOT_STARTED -> "never started";
      case RUNNING -> "did not report an end";
      case SUCCESS -> "succeeded";
    };
  }
}
