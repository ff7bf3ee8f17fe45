package dev.paralleltests.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RunSummaryTest {

  @Test
  void aRunWhereEveryTestPassedIsGreen() {
    assertThat(SampleRuns.green(3).isGreen()).isTrue();
    assertThat(SampleRuns.green(3).status()).isEqualTo(RunSummary.Status.PASSED);
  }

  @Test
  void failedTestsMakeTheRunFailedNotError() {
    assertThat(SampleRuns.failing().status()).isEqualTo(RunSummary.Status.FAILED);
    assertThat(SampleRuns.failing().isGreen()).isFalse();
  }

  @Test
  void aMissingShardIsNeverGreenEvenWhenEveryReportedTestPassed() {
    RunSummary run =
        SampleRuns.green(3)
            .withShard(ShardSummary.missing(2, OptionalLong.of(1_000), OptionalInt.of(10)));

    assertThat(run.isGreen()).isFalse();
    assertThat(run.status()).isEqualTo(RunSummary.Status.ERROR);
  }

  @Test
  void aTimedOutShardFromTheRunnerMakesTheRunAnError() {
    RunSummary run = SampleRuns.green(2);
    RunSummary timedOut = run.withShard(run.shards().get(0).withStatus(ShardStatus.TIMED_OUT));

    assertThat(timedOut.status()).isEqualTo(RunSummary.Status.ERROR);
    assertThat(timedOut.shardsWith(ShardStatus.TIMED_OUT)).hasSize(1);
  }

  @Test
  void anyProblemMakesTheRunAnError() {
    assertThat(SampleRuns.green(1).withProblem("report x.xml:3 is truncated").status())
        .isEqualTo(RunSummary.Status.ERROR);
  }

  @Test
  void aRunWithoutAnyTestIsNeverGreen() {
    RunSummary nothing =
        new RunSummary(
            Totals.ZERO,
            java.util.List.of(),
            0,
            0,
            0,
            0,
            OptionalLong.empty(),
            OptionalInt.empty(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of(),
            java.util.List.of());

    assertThat(nothing.isGreen()).isFalse();
  }

  @Test
  void imbalanceIsSlowestShardOverLowerBound() {
    RunSummary run = SampleRuns.failing();

    assertThat(run.imbalance())
        .isCloseTo(262_300 / 245_425.0, org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void speedUpIsTheSerialEstimateOverWallTimeNotMachineTimeOverWallTime() {
    RunSummary run = SampleRuns.failing(); // machine 981.7 s, tests 900 s, wall 262.3 s

    assertThat(run.speedUpOverSerial()).isCloseTo(900_000 / 262_300.0, offset(1e-9));
  }

  @Test
  void overheadIsMachineTimeTheTestsDoNotAccountFor() {
    assertThat(SampleRuns.failing().overheadMillis()).isEqualTo(981_700 - 900_000);
    assertThat(SampleRuns.green(2).overheadMillis()).isZero();
  }

  @Test
  void aShardsMeasuredTimeLeavesTestTimeAsTheReportsGaveIt() {
    RunSummary run = SampleRuns.failing();

    RunSummary timed =
        run.withShard(run.shards().get(0).withRunner("ci-host", "", OptionalLong.of(300_000)));

    assertThat(timed.testMillis()).isEqualTo(900_000);
    assertThat(timed.speedUpOverSerial()).isCloseTo(900_000 / 300_000.0, offset(1e-9));
  }

  @Test
  void aShardsMeasuredTimeMovesWallMachineTimeAndTheLowerBound() {
    RunSummary run = SampleRuns.failing(); // four shards, 251.0, 238.5, 262.3 and 229.9 s
    long measured = 300_000;

    RunSummary timed =
        run.withShard(run.shards().get(0).withRunner("ci-host", "", OptionalLong.of(measured)));

    assertThat(timed.wallMillis()).isEqualTo(300_000);
    assertThat(timed.machineMillis()).isEqualTo(300_000 + 238_500 + 262_300 + 229_900);
    assertThat(timed.lowerBoundMillis()).isEqualTo((1_030_700 + 3) / 4);
    assertThat(timed.imbalance()).isCloseTo(300_000 / 257_675.0, offset(1e-9));
  }

  @Test
  void totalsMustAddUp() {
    assertThatThrownBy(() -> new Totals(5, 1, 1, 1, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tests (5) != passed + failed + errors + skipped (4)");
  }

  @Test
  void replacingAShardThatIsNotThereIsRefused() {
    RunSummary run = SampleRuns.green(2);

    assertThatThrownBy(
            () -> run.withShard(ShardSummary.missing(7, OptionalLong.empty(), OptionalInt.empty())))
        .hasMessage("no shard 7 in this run");
  }
}
