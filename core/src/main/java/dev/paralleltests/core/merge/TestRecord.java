package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.CaseProblem;
import dev.paralleltests.core.junit.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the merge remembers of one test of one shard across its attempts between reading and
 * writing: small, so memory grows with the number of tests, not with the bytes of the reports. Only
 * failed runs keep text (their messages must survive into the merged case).
 */
final class TestRecord {
  final int shard;
  final String identity;
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

  /** Where the case to write stands: the file (in merge order) and its ordinal in that file. */
  int finalFile = -1;

  int finalOrdinal = -1;
  final List<FailedRun> failedRuns = new ArrayList<>(0);

  TestRecord(int shard, String identity, String className, String name) {
    this.shard = shard;
    this.identity = identity;
    this.className = className;
    this.name = name;
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
