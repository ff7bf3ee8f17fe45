package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.CaseProblem;
import dev.paralleltests.core.junit.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the merge remembers of one test of one shard across its attempts: small, so memory
 * grows with the number of tests, not with the bytes of the reports. Only failed runs keep text
 * (their messages must survive into the merged case). A merge of 100,000 tests holds 100,000 of
 * these to the end, so each is kept to a few objects: the suite path and class name are shared with
 * the other tests of the suite, and an empty list of failed runs is not allocated.
 */
final class TestRecord {
  private static final List<FailedRun> NONE = List.of();

  final int shard;

  /** The enclosing suites' names, outermost first: one list shared by a suite's tests. */
  final List<String> suitePath;

  final String className;
  final String name;
  int runs;
  int lastAttempt;
  Outcome lastOutcome = Outcome.PASSED;
  long lastMillis = -1;
  boolean anyPassed;

  /** Why its last run was skipped, shortened; empty when it was not. */
  String skipMessage = "";

  /** The attempt that last matched this record, so one attempt's case matches it only once. */
  int seenInAttempt;

  /** Where the case to write stands: the file (in the shard's order) and its ordinal there. */
  int finalFile = -1;

  int finalOrdinal = -1;
  private List<FailedRun> failedRuns = NONE;

  TestRecord(int shard, List<String> suitePath, String className, String name) {
    this.shard = shard;
    this.suitePath = suitePath;
    this.className = className;
    this.name = name;
  }

  /** Who the test is: its suites, class and name. */
  TestIdentity identity() {
    return new TestIdentity(suitePath, className, name);
  }

  /** The innermost enclosing suite's name, or empty. */
  String suiteName() {
    return suitePath.isEmpty() ? "" : suitePath.get(suitePath.size() - 1);
  }

  /** Its failed runs, in order. */
  List<FailedRun> failedRuns() {
    return failedRuns;
  }

  void addFailedRun(FailedRun run) {
    if (failedRuns == NONE) {
      failedRuns = new ArrayList<>(2);
    }
    failedRuns.add(run);
  }

  /** One failed run: the problem as reported, and the output of the case it came from. */
  record FailedRun(int attempt, CaseProblem problem, String systemOut, String systemErr) {
    boolean isError() {
      return switch (problem.kind()) {
        case ERROR, FLAKY_ERROR, RERUN_ERROR -> true;
        default -> false;
      };
    }
  }

  boolean isFailingSoFar() {
    return lastOutcome.isFailure();
  }

  boolean isFlaky() {
    return anyPassed && !failedRuns.isEmpty();
  }

  /** The outcome of the merged case: failed on some run and never passed stays a failure. */
  Outcome finalOutcome() {
    if (failedRuns.isEmpty()) {
      return lastOutcome;
    }
    if (anyPassed) {
      return Outcome.PASSED;
    }
    return failedRuns.get(failedRuns.size() - 1).isError() ? Outcome.ERROR : Outcome.FAILED;
  }
}
