package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportProblem;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.report.FailedTest;
import dev.paralleltests.core.report.RunProblem;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.ShardStatus;
import dev.paralleltests.core.report.ShardSummary;
import dev.paralleltests.core.report.TestEntry;
import dev.paralleltests.core.report.TestTiming;
import dev.paralleltests.core.report.Totals;
import dev.paralleltests.core.unit.UnitNamer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects what reading the reports learns, shard by shard, and turns it into a {@link RunSummary}.
 */
final class SummaryBuilder {
  static final int SLOWEST = 20;
  static final int MAX_DUPLICATE_WARNINGS = 20;
  static final int SUMMARY_TEXT = 8 * 1024;

  private final MergeRequest request;
  private final Map<Integer, List<TestRecord>> records = new TreeMap<>();
  private final Map<Integer, Integer> files = new HashMap<>();
  private final Map<Integer, Integer> attempts = new HashMap<>();
  private final Map<Integer, Long> shardMillis = new HashMap<>();
  private final Map<Integer, Boolean> unreadable = new HashMap<>();
  private final List<RunProblem> problems = new ArrayList<>();
  private final Map<Integer, List<String>> inputProblems = new TreeMap<>();
  private final List<String> warnings = new ArrayList<>();
  private final Optional<UnitAccounting> units;
  private final Map<Integer, Totals> tallied = new HashMap<>();
  private final PriorityQueue<TestTiming> slowest = new PriorityQueue<>(timingOrder());
  private final Map<Integer, Map<String, long[]>> unitMillis = new TreeMap<>();
  private final List<FailedTest> failures = new ArrayList<>();
  private final List<FailedTest> flaky = new ArrayList<>();
  private final DuplicateTests duplicates = new DuplicateTests(MAX_DUPLICATE_WARNINGS);
  private int shardsWithFiles;

  SummaryBuilder(MergeRequest request) {
    this.request = request;
    this.units =
        request
            .plan()
            .map(p -> new UnitAccounting(p, UnitNamer.detecting(request.repositoryRoot())));
  }

  /** A case a report of {@code shard} holds: it mentions a planned unit. */
  void observe(int shard, ReportedCase testCase) {
    units.ifPresent(u -> u.observe(shard, testCase));
  }

  /** Why the plan is not the one the reports followed, once every report was read; else empty. */
  Optional<String> planMismatch() {
    return units.flatMap(UnitAccounting::mismatch);
  }

  /** A shard's tests, in the order they were first seen. */
  List<TestRecord> records(int shard) {
    return records.computeIfAbsent(shard, k -> new ArrayList<>());
  }

  /**
   * A report path of {@code shard} that is not there or cannot be listed: part of why the shard is
   * missing when it has no report at all, else a problem of its own.
   */
  void inputProblem(int shard, String message) {
    inputProblems.computeIfAbsent(shard, k -> new ArrayList<>()).add(message);
  }

  void shardFiles(int shard, int fileCount, int attemptCount) {
    if (fileCount > 0) {
      shardsWithFiles++; // called once per shard
    }
    files.merge(shard, fileCount, Integer::sum);
    attempts.merge(shard, attemptCount, Math::max);
  }

  void addShardTime(int shard, long millis) {
    shardMillis.merge(shard, millis, Long::sum);
  }

  void reportProblem(int shard, ReportProblem p) {
    if (p.fatal()) {
      unreadable.put(shard, true);
      problems.add(
          RunProblem.of(
              RunProblem.Kind.REPORT_UNREADABLE,
              shard,
              "shard " + shard + ": " + p.location() + ": " + p.message()));
    } else {
      warnings.add("shard " + shard + ": " + p.location() + ": " + p.message());
    }
  }

  private int passed;
  private int failed;
  private int errors;
  private int skipped;
  private int flakyCount;
  private Map<String, long[]> shardUnits = new HashMap<>();

  /**
   * A test of the shard being read whose outcome is final: counts it, and notes it if it failed, is
   * among the slowest, or ran in an earlier shard too. Done as each test is read, while it is in
   * the processor's caches, not in a pass over every test at the end. In the shard's order.
   */
  void testRead(TestRecord r) {
    Outcome outcome = r.finalOutcome();
    switch (outcome) {
      case PASSED -> passed++;
      case FAILED -> failed++;
      case ERROR -> errors++;
      case SKIPPED -> skipped++;
    }
    if (r.isFlaky()) {
      flakyCount++;
      flaky.add(failedTest(r));
    } else if (outcome.isFailure()) {
      failures.add(failedTest(r));
    }
    if (r.lastMillis >= 0) {
      if (slowest.size() < SLOWEST || r.lastMillis >= slowest.peek().millis()) {
        offer(slowest, new TestTiming(r.shard, r.className, r.name, r.lastMillis));
      }
      String unit = r.className.isEmpty() ? r.suiteName() : r.className;
      long[] millis = shardUnits.get(unit);
      if (millis == null) {
        shardUnits.put(unit, millis = new long[1]);
      }
      millis[0] += r.lastMillis;
    }
    if (shardsWithFiles > 1) {
      duplicates.add(r);
    }
  }

  /** Every test of {@code shard} was {@linkplain #testRead read}. */
  void shardRead(int shard) {
    tallied.put(shard, Totals.of(passed, failed, errors, skipped, flakyCount));
    unitMillis.put(shard, shardUnits);
    passed = failed = errors = skipped = flakyCount = 0;
    shardUnits = new HashMap<>();
  }

  RunSummary build() {
    int count = request.shardCount();
    Optional<ShardPlan> plan = request.plan();
    TreeSet<Integer> indexes = new TreeSet<>(records.keySet());
    for (int i = 1; i <= count; i++) {
      indexes.add(i);
    }
    if (plan.isPresent() && request.expectedShards().isPresent()) {
      int planned = plan.get().shards().size();
      if (planned != count) {
        warnings.add(
            "the plan has "
                + UnitAccounting.count(planned, "shard")
                + " but "
                + count
                + (count == 1 ? " was" : " were")
                + " expected; using "
                + count);
      }
    }
    List<ShardSummary> shards = new ArrayList<>();
    Totals totals = Totals.ZERO;
    long wall = 0;
    long machine = 0;
    long testTime = 0;
    java.util.Set<Integer> silent = new java.util.HashSet<>();
    for (int index : indexes) {
      Totals shardTotals = tallied.getOrDefault(index, Totals.ZERO);
      totals = totals.plus(shardTotals);
      Optional<Shard> planned =
          plan.filter(p -> index <= p.shards().size()).map(p -> p.shard(index));
      OptionalLong plannedMillis =
          planned.map(s -> OptionalLong.of(s.predictedMillis())).orElse(OptionalLong.empty());
      OptionalInt plannedUnits =
          planned.map(s -> OptionalInt.of(s.size())).orElse(OptionalInt.empty());
      int fileCount = files.getOrDefault(index, 0);
      ShardStatus status;
      if (index > count) {
        warnings.add(
            "shard "
                + index
                + " reported results, but only "
                + UnitAccounting.count(count, "shard")
                + (count == 1 ? " was" : " were")
                + " expected");
      }
      List<String> inputs = inputProblems.getOrDefault(index, List.of());
      if (fileCount == 0 && inputs.isEmpty() && request.idleShards().contains(index)) {
        status = ShardStatus.PASSED; // it ran nothing, so it reported nothing
      } else if (fileCount == 0) {
        status = ShardStatus.MISSING;
        silent.add(index);
        problems.add(
            RunProblem.of(
                RunProblem.Kind.SHARD_MISSING,
                index,
                "shard "
                    + index
                    + " of "
                    + count
                    + " is missing: it produced no report"
                    + (plannedUnits.isPresent()
                        ? " (" + UnitAccounting.count(plannedUnits.getAsInt(), "unit") + " planned)"
                        : "")
                    + (inputs.isEmpty() ? "" : ": " + String.join("; ", inputs))));
      } else if (unreadable.getOrDefault(index, false)) {
        status = ShardStatus.UNREADABLE;
      } else if (shardTotals.tests() == 0 && !(planned.isPresent() && planned.get().size() == 0)) {
        status = ShardStatus.EMPTY;
        silent.add(index);
        problems.add(
            RunProblem.of(
                RunProblem.Kind.SHARD_EMPTY,
                index,
                "shard "
                    + index
                    + " reported no tests"
                    + (plannedUnits.isPresent()
                        ? " although "
                            + UnitAccounting.count(plannedUnits.getAsInt(), "unit")
                            + (plannedUnits.getAsInt() == 1 ? " was" : " were")
                            + " planned for it"
                        : "")));
      } else if (shardTotals.broken() > 0) {
        status = ShardStatus.FAILED;
      } else {
        status = ShardStatus.PASSED;
      }
      if (fileCount > 0) {
        testTime += shardMillis.getOrDefault(index, 0L);
        for (String input : inputs) {
          problems.add(RunProblem.of(RunProblem.Kind.REPORT_INPUT, index, input));
        }
      }
      Long measured = request.measuredMillis().get(index);
      OptionalLong actual =
          measured != null
              ? OptionalLong.of(measured)
              : fileCount == 0
                  ? OptionalLong.empty()
                  : OptionalLong.of(shardMillis.getOrDefault(index, 0L));
      if (actual.isPresent()) {
        wall = Math.max(wall, actual.getAsLong());
        machine += actual.getAsLong();
      }
      shards.add(
          new ShardSummary(
              index,
              status,
              shardTotals,
              plannedMillis,
              plannedUnits,
              actual,
              Math.max(1, attempts.getOrDefault(index, 0)),
              fileCount,
              "",
              ""));
    }
    warnings.addAll(duplicates.warnings());
    units.ifPresent(u -> problems.addAll(u.problems(silent, warnings)));
    long longestUnit = 0;
    PriorityQueue<TestTiming> slowestUnits = new PriorityQueue<>(timingOrder());
    for (Map.Entry<Integer, Map<String, long[]>> shard : unitMillis.entrySet()) {
      for (Map.Entry<String, long[]> e : shard.getValue().entrySet()) {
        longestUnit = Math.max(longestUnit, e.getValue()[0]);
        offer(slowestUnits, new TestTiming(shard.getKey(), e.getKey(), "", e.getValue()[0]));
      }
    }
    int shardCount = Math.max(1, shards.size());
    long lowerBound = Math.max((machine + shardCount - 1) / shardCount, longestUnit);
    return new RunSummary(
        totals,
        shards,
        wall,
        machine,
        testTime,
        lowerBound,
        plan.map(p -> OptionalLong.of(p.predictedMakespanMillis())).orElse(OptionalLong.empty()),
        plan.map(p -> OptionalInt.of(p.estimatedUnits())).orElse(OptionalInt.empty()),
        sortedDescending(slowest),
        sortedDescending(slowestUnits),
        failures,
        flaky,
        warnings,
        problems);
  }

  /** Every test, shard by shard in the order first seen: the HTML report's complete list. */
  List<TestEntry> tests() {
    List<TestEntry> all = new ArrayList<>();
    for (List<TestRecord> shardRecords : records.values()) {
      for (TestRecord r : shardRecords) {
        TestEntry.Status status =
            r.isFlaky()
                ? TestEntry.Status.FLAKY
                : switch (r.finalOutcome()) {
                  case PASSED -> TestEntry.Status.PASSED;
                  case FAILED -> TestEntry.Status.FAILED;
                  case ERROR -> TestEntry.Status.ERROR;
                  case SKIPPED -> TestEntry.Status.SKIPPED;
                };
        String message =
            status == TestEntry.Status.SKIPPED
                ? r.skipMessage
                : r.failedRuns().isEmpty()
                    ? ""
                    : firstLine(r.failedRuns().get(r.failedRuns().size() - 1).problem().message());
        all.add(new TestEntry(r.shard, r.className, r.name, status, r.lastMillis, r.runs, message));
      }
    }
    return all;
  }

  private static String firstLine(String message) {
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() <= 300 ? line : line.substring(0, 300) + "\u2026";
  }

  private static FailedTest failedTest(TestRecord r) {
    List<String> messages = new ArrayList<>();
    for (TestRecord.FailedRun run : r.failedRuns()) {
      messages.add(JUnitMerger.cut(run.problem().message(), SUMMARY_TEXT));
    }
    TestRecord.FailedRun last = r.failedRuns().get(r.failedRuns().size() - 1);
    String output = last.systemOut();
    if (!last.systemErr().isEmpty()) {
      output = output.isEmpty() ? last.systemErr() : output + "\n" + last.systemErr();
    }
    return new FailedTest(
        r.shard,
        r.className,
        r.name,
        last.isError(),
        r.isFlaky(),
        r.runs,
        messages,
        JUnitMerger.cut(last.problem().text(), SUMMARY_TEXT),
        JUnitMerger.cut(output, SUMMARY_TEXT));
  }

  /**
   * Shortest first; of equal times, the later name first, then the later shard, so that the order
   * of the slowest lists never depends on the order the tests were seen in.
   */
  private static Comparator<TestTiming> timingOrder() {
    return Comparator.comparingLong(TestTiming::millis)
        .thenComparing(TestTiming::displayName, Comparator.reverseOrder())
        .thenComparing(TestTiming::shard, Comparator.reverseOrder());
  }

  private static void offer(PriorityQueue<TestTiming> heap, TestTiming t) {
    heap.add(t);
    if (heap.size() > SLOWEST) {
      heap.poll();
    }
  }

  private static List<TestTiming> sortedDescending(PriorityQueue<TestTiming> heap) {
    List<TestTiming> list = new ArrayList<>(heap);
    list.sort(timingOrder().reversed());
    return list;
  }
}
