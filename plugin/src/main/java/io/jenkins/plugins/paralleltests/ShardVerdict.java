package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.queue.QueueVerdict;
import dev.paralleltests.core.report.RunProblem;
import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the recording step concludes about each shard: tests, times, missing units; and whether the
 * build must be marked, because a shard without results, or with fewer than planned, must never
 * leave the build green.
 *
 * @param shards one report per shard, in order
 * @param problems each shard that ran short, with the core's kind (missing, empty, timed out, units
 *     missing) and the units; empty when all is well
 * @param warnings things a person should fix that do not change the result
 */
record ShardVerdict(List<ShardReport> shards, List<RunProblem> problems, List<String> warnings) {

  /** At most this many missing units are named in a message; the action keeps them all. */
  static final int NAMED_UNITS = 5;

  ShardVerdict {
    shards = List.copyOf(shards);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /** The problems' messages, one a line, for the build log and the run action. */
  List<String> problemMessages() {
    return problems.stream().map(RunProblem::message).toList();
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

  /**
   * This verdict with a queue-mode run's own problems after the shards' ones: units that never ran
   * (lost twice, lost with no shard left to rerun them, never handed out), named by the queue
   * ({@link QueueVerdict}). The shards' checks only see the units their done batches ran.
   */
  ShardVerdict withQueueProblems(QueueVerdict queue) {
    if (queue.problems().isEmpty()) {
      return this;
    }
    List<RunProblem> all = new ArrayList<>(problems);
    all.addAll(queue.problems());
    return new ShardVerdict(shards, all, warnings);
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
    List<RunProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Map<String, Set<Integer>> ranIn = new java.util.LinkedHashMap<>();
    int count = plan.shards().size();
    Map<Integer, Set<String>> seen = new HashMap<>();
    for (Shard shard : plan.shards()) {
      seen.put(shard.index(), seen(attribution.suites(shard.index()), plan.granularity()));
    }
    boolean checkUnits = unitsCanBeChecked(plan, attribution, seen, warnings);
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
      List<String> missing = new ArrayList<>();
      if (checkUnits) {
        for (String unit : shard.units()) {
          if (!mentions(seen.get(index), plan.granularity(), unit)) {
            missing.add(unit);
          }
        }
      }
      if (plan.granularity() != Granularity.FILE) {
        for (String unit : ObservedUnits.of(suites, plan.granularity())) {
          ranIn.computeIfAbsent(unit, u -> new java.util.TreeSet<>()).add(index);
        }
      }
      ShardStatus status = statuses.getOrDefault(index, ShardStatus.NOT_STARTED);
      reports.add(
          new ShardReport(
              index, branch, shard.predictedMillis(), millis, tests, failures, missing, status));
      String how = status == ShardStatus.SUCCESS ? "" : " (" + describe(status) + ")";
      // A shard given nothing by name expects no result: in queue mode, one that came when the
      // queue was drained, or whose only batch was the catch-all and found no unlisted test
      // (QueueService.planAsRun gives each shard the units of its done batches).
      if (tests == 0 && !shard.units().isEmpty()) {
        problems.add(
            RunProblem.of(
                suites.isEmpty() ? RunProblem.Kind.SHARD_MISSING : RunProblem.Kind.SHARD_EMPTY,
                index,
                branch + " produced no test results" + how));
      } else if (!missing.isEmpty()) {
        problems.add(
            new RunProblem(
                RunProblem.Kind.UNITS_MISSING,
                index,
                branch
                    + " produced fewer results than planned"
                    + how
                    + ": "
                    + missing.size()
                    + " of "
                    + shard.units().size()
                    + " planned units missing, e.g. "
                    + String.join(", ", missing.subList(0, Math.min(NAMED_UNITS, missing.size()))),
                missing));
      } else if (status == ShardStatus.TIMED_OUT) {
        problems.add(
            RunProblem.of(RunProblem.Kind.SHARD_TIMED_OUT, index, branch + " " + describe(status)));
      }
    }
    problems.addAll(ranOutsideSelection(plan, runName, ranIn));
    return new ShardVerdict(reports, problems, warnings);
  }

  /**
   * Per shard, the units whose results other shards showed too, where the plan did not give them to
   * this shard (for a unit no shard was given, every shard after the first that showed it): its
   * body ran more than its selection, so those tests ran twice. Nothing was lost, but the split was
   * not followed, and a build that did so is not green (as the command line's run, core's {@code
   * UnitAccounting}).
   */
  private static List<RunProblem> ranOutsideSelection(
      ShardPlan plan, String runName, Map<String, Set<Integer>> ranIn) {
    Map<String, Integer> home = new HashMap<>();
    for (Shard shard : plan.shards()) {
      for (String unit : shard.units()) {
        home.put(unit, shard.index());
      }
    }
    Map<Integer, List<String>> byShard = new java.util.TreeMap<>();
    Map<Integer, Set<Integer>> alsoIn = new HashMap<>();
    ranIn.forEach(
        (unit, shards) -> {
          if (shards.size() < 2) {
            return;
          }
          int owner = home.getOrDefault(unit, shards.iterator().next());
          for (int shard : shards) {
            if (shard != owner) {
              byShard.computeIfAbsent(shard, k -> new ArrayList<>()).add(unit);
              alsoIn.computeIfAbsent(shard, k -> new java.util.TreeSet<>()).add(owner);
            }
          }
        });
    int count = plan.shards().size();
    List<RunProblem> problems = new ArrayList<>();
    byShard.forEach(
        (shard, units) ->
            problems.add(
                RunProblem.of(
                    RunProblem.Kind.UNITS_OUTSIDE_SELECTION,
                    shard,
                    BranchNames.of(runName, shard, count)
                        + " ran "
                        + units.size()
                        + (units.size() == 1 ? " unit" : " units")
                        + " that "
                        + String.join(
                            " and ",
                            alsoIn.get(shard).stream()
                                .map(other -> BranchNames.of(runName, other, count))
                                .toList())
                        + " ran too, so they ran twice: the split was defeated, often by a POM's"
                        + " own <includes>, to which Surefire adds the includes file, or a body"
                        + " that does not read PARALLEL_TESTS_INCLUDES; e.g. "
                        + String.join(
                            ", ", units.subList(0, Math.min(NAMED_UNITS, units.size()))))));
    return problems;
  }

  /** What a shard's results can be matched against: its units, or for files its paths. */
  private static Set<String> seen(List<SuiteRecord> suites, Granularity granularity) {
    return granularity == Granularity.FILE
        ? ObservedUnits.filePaths(suites)
        : ObservedUnits.of(suites, granularity);
  }

  private static boolean mentions(Set<String> seen, Granularity granularity, String unit) {
    return granularity == Granularity.FILE
        ? ObservedUnits.mentionsFile(seen, unit)
        : seen.contains(unit);
  }

  /**
   * Whether the results can name the plan's units at all: when shards reported tests but not one
   * planned unit is among them, the names do not fit (reports without file names, say), and calling
   * every unit missing would mark a build that ran them all.
   */
  private static boolean unitsCanBeChecked(
      ShardPlan plan,
      ShardAttribution attribution,
      Map<Integer, Set<String>> seen,
      List<String> warnings) {
    boolean anyTests = false;
    for (Shard shard : plan.shards()) {
      List<SuiteRecord> suites = attribution.suites(shard.index());
      anyTests |= suites.stream().anyMatch(s -> !s.cases().isEmpty());
      for (String unit : shard.units()) {
        if (mentions(seen.get(shard.index()), plan.granularity(), unit)) {
          return true;
        }
      }
    }
    if (anyTests && !plan.allUnits().isEmpty()) {
      warnings.add(
          "no planned unit could be found in the test results (a planned unit is '"
              + plan.allUnits().get(0)
              + "'): planned units are not checked one by one; make the runner write file or class"
              + " names into its reports");
    }
    return false;
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
