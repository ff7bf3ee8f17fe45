package dev.paralleltests.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * What a sharded run did: the one model behind the JSON, Markdown and HTML summaries, the command
 * line's exit status and the Jenkins plugin's pages, so that they never disagree. Immutable; the
 * overall {@link #status()} is derived from the content, so no caller can make a run with missing
 * shards or unreadable reports look green.
 *
 * @param totals test counts over all shards (attempts collapsed; a test that ran in two shards
 *     counts twice)
 * @param shards every expected or reporting shard, by index
 *     <p>Its times, each named the same in every rendering:
 *     <ul>
 *       <li><b>wall time</b>: the slowest shard's time, how long the run kept people waiting;
 *       <li><b>machine time</b>: the sum of the shards' times, what the run cost. A shard's time is
 *           what its runner measured when known ({@code run}: the shard's processes from start to
 *           end, start-up included), else the time its reports give;
 *       <li><b>test time</b>: the sum of the times the reports give for every test (all attempts):
 *           the serial estimate, about what running every test in one process would take, start-up
 *           left out. Recorded builds store this figure, so trends compare like with like.
 *     </ul>
 *
 * @param wallMillis wall time: the slowest shard's time
 * @param machineMillis machine time: the sum of the shards' times
 * @param testMillis test time: the sum of the reported test times, the serial estimate
 * @param lowerBoundMillis max(machine time / shards, longest unit): no split could be faster
 * @param plannedMakespanMillis the plan's predicted slowest shard, when a plan was given
 * @param estimatedUnits how many of the plan's units had no history, when a plan was given
 * @param slowestTests the slowest tests, slowest first
 * @param slowestUnits the slowest units (test classes), slowest first
 * @param failures tests that failed on every attempt
 * @param flakyTests tests that failed, then passed on a later attempt
 * @param warnings things a person should know that do not make the run red (a test that ran in two
 *     shards, for example)
 * @param problems things that make the run an error: missing shards, planned units no report
 *     mentions, unreadable reports; each with its {@link RunProblem.Kind kind}
 */
public record RunSummary(
    Totals totals,
    List<ShardSummary> shards,
    long wallMillis,
    long machineMillis,
    long testMillis,
    long lowerBoundMillis,
    OptionalLong plannedMakespanMillis,
    OptionalInt estimatedUnits,
    List<TestTiming> slowestTests,
    List<TestTiming> slowestUnits,
    List<FailedTest> failures,
    List<FailedTest> flakyTests,
    List<String> warnings,
    List<RunProblem> problems) {

  /** The overall verdict of a run. */
  public enum Status {
    /** Every test passed or was skipped, and every shard reported. */
    PASSED,
    /** Tests failed; all results are there. */
    FAILED,
    /** Results are missing or unreadable: nobody can tell whether the tests pass. */
    ERROR;

    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public RunSummary {
    Objects.requireNonNull(totals, "totals");
    shards = List.copyOf(shards);
    Objects.requireNonNull(plannedMakespanMillis, "plannedMakespanMillis");
    Objects.requireNonNull(estimatedUnits, "estimatedUnits");
    slowestTests = List.copyOf(slowestTests);
    slowestUnits = List.copyOf(slowestUnits);
    failures = List.copyOf(failures);
    flakyTests = List.copyOf(flakyTests);
    warnings = List.copyOf(warnings);
    problems = List.copyOf(problems);
    if (wallMillis < 0 || machineMillis < 0 || testMillis < 0 || lowerBoundMillis < 0) {
      throw new IllegalArgumentException("negative time");
    }
  }

  /**
   * The verdict: {@link Status#ERROR} when there is a problem, a broken shard (missing, empty,
   * timed out, unreadable) or no test at all; else {@link Status#FAILED} when a test failed on
   * every attempt; else {@link Status#PASSED}.
   */
  public Status status() {
    if (!problems.isEmpty()
        || totals.tests() == 0
        || shards.stream().anyMatch(s -> s.status().isBroken())) {
      return Status.ERROR;
    }
    if (totals.broken() > 0 || shards.stream().anyMatch(s -> s.status() == ShardStatus.FAILED)) {
      return Status.FAILED;
    }
    return Status.PASSED;
  }

  /** True only when every expected shard reported, all reports were readable and no test failed. */
  public boolean isGreen() {
    return status() == Status.PASSED;
  }

  /** Slowest shard over the lower bound: 1.0 is a perfect split. 1.0 when nothing ran. */
  public double imbalance() {
    return lowerBoundMillis == 0 ? 1.0 : (double) wallMillis / lowerBoundMillis;
  }

  /**
   * The estimated speed-up over a serial run: test time (the serial estimate) over wall time. Not
   * machine time over wall time, which counts every shard's start-up as work saved and so claims
   * more than splitting gained. 1.0 when nothing ran.
   */
  public double speedUpOverSerial() {
    return wallMillis == 0 ? 1.0 : (double) testMillis / wallMillis;
  }

  /**
   * Machine time the tests themselves do not account for: start-up, builds and teardown in every
   * shard (machine time minus test time, never negative). 0 when only reports were read.
   */
  public long overheadMillis() {
    return Math.max(0, machineMillis - testMillis);
  }

  /** The shards with a given status. */
  public List<ShardSummary> shardsWith(ShardStatus status) {
    return shards.stream().filter(s -> s.status() == status).toList();
  }

  /**
   * The same run with one shard replaced (matched by index), e.g. marked timed out by a runner or
   * given the time the runner measured; wall time, machine time and the lower bound follow.
   *
   * @throws IllegalArgumentException when there is no shard with that index
   */
  public RunSummary withShard(ShardSummary shard) {
    List<ShardSummary> replaced = new ArrayList<>(shards);
    for (int i = 0; i < replaced.size(); i++) {
      if (replaced.get(i).index() == shard.index()) {
        replaced.set(i, shard);
        // Wall and machine time are the slowest shard and the sum of the shards, so a shard's new
        // actual time (a runner's measured one, say) moves them and the bound derived from them.
        long wall = 0;
        long machine = 0;
        for (ShardSummary s : replaced) {
          long actual = s.actualMillis().orElse(0);
          wall = Math.max(wall, actual);
          machine += actual;
        }
        long longestUnit = slowestUnits.isEmpty() ? 0 : slowestUnits.get(0).millis();
        int n = replaced.size();
        long lowerBound = Math.max((machine + n - 1) / n, longestUnit);
        return new RunSummary(
            totals,
            replaced,
            wall,
            machine,
            testMillis,
            lowerBound,
            plannedMakespanMillis,
            estimatedUnits,
            slowestTests,
            slowestUnits,
            failures,
            flakyTests,
            warnings,
            problems);
      }
    }
    throw new IllegalArgumentException("no shard " + shard.index() + " in this run");
  }

  /** The problems' messages, for renderers that show them one a line. */
  public List<String> problemMessages() {
    return problems.stream().map(RunProblem::message).toList();
  }

  /** The planned units that no report mentions, over all shards. */
  public List<String> missingUnits() {
    return problems.stream()
        .filter(p -> p.kind() == RunProblem.Kind.UNITS_MISSING)
        .flatMap(p -> p.units().stream())
        .toList();
  }

  /**
   * True when the run is an error only because planned tests did not run (shards missing, empty or
   * timed out, units never reported), and every report was read: a failed run rather than a tool
   * error. False when it is green or failed, or a report or input could not be read.
   */
  public boolean isErrorFromLostTests() {
    if (status() != Status.ERROR
        || shards.stream().anyMatch(s -> s.status() == ShardStatus.UNREADABLE)
        || problems.stream().anyMatch(p -> !p.kind().testsLost())) {
      return false;
    }
    return !problems.isEmpty() || shards.stream().anyMatch(s -> s.status().isBroken());
  }

  /** The same run with one more problem of no particular kind: the run becomes an error. */
  public RunSummary withProblem(String problem) {
    return withProblem(RunProblem.other(Objects.requireNonNull(problem, "problem")));
  }

  /** The same run with one more problem: the run becomes an error. */
  public RunSummary withProblem(RunProblem problem) {
    List<RunProblem> more = new ArrayList<>(problems);
    more.add(Objects.requireNonNull(problem, "problem"));
    return new RunSummary(
        totals,
        shards,
        wallMillis,
        machineMillis,
        testMillis,
        lowerBoundMillis,
        plannedMakespanMillis,
        estimatedUnits,
        slowestTests,
        slowestUnits,
        failures,
        flakyTests,
        warnings,
        more);
  }
}
