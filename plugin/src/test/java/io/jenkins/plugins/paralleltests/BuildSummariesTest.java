package io.jenkins.plugins.paralleltests;

import static io.jenkins.plugins.paralleltests.PageFixture.units;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.ShardStatus;
import dev.paralleltests.core.report.ShardSummary;
import dev.paralleltests.core.report.SummaryJson;
import org.junit.jupiter.api.Test;

class BuildSummariesTest {

  private static PageFixture twoShards() {
    return new PageFixture("", 2)
        .plan(1, units("a.A", 10_000, "a.B", 10_000))
        .plan(2, units("b.C", 20_000))
        .ran(1, "a.A", false, 4_000, 6_000)
        .ran(1, "a.B", false, 12_000)
        .ran(2, "b.C", false, 9_000, 9_000);
  }

  @Test
  void shouldComputeWallMachineLowerBoundSpeedUpAndImbalanceFromTheShards() {
    RunSummary s = twoShards().recorded().summary();

    assertThat(s.shards())
        .extracting(ShardSummary::actualMillis)
        .extracting(java.util.OptionalLong::getAsLong)
        .containsExactly(22_000L, 18_000L);
    assertThat(s.wallMillis()).isEqualTo(22_000);
    assertThat(s.machineMillis()).isEqualTo(40_000);
    // max(ceil(40 s / 2), longest unit b.C 18 s)
    assertThat(s.lowerBoundMillis()).isEqualTo(20_000);
    // Jenkins knows the reports' times only, so test time and machine time are the same
    assertThat(s.testMillis()).isEqualTo(40_000);
    assertThat(s.speedUpOverSerial()).isEqualTo(40_000.0 / 22_000);
    assertThat(s.imbalance()).isEqualTo(22_000.0 / 20_000);
    assertThat(s.totals().tests()).isEqualTo(5);
    assertThat(s.status()).isEqualTo(RunSummary.Status.PASSED);
    assertThat(s.plannedMakespanMillis()).hasValue(20_000);
    assertThat(s.estimatedUnits()).hasValue(0);
  }

  @Test
  void shouldCountUnitsPlannedWithoutHistory() {
    RunSummary s =
        new PageFixture("", 2)
            .plan(1, units("a.A", -5_000, "a.B", -5_000))
            .plan(2, units("b.C", 5_000))
            .ran(1, "a.A", false, 100)
            .ran(1, "a.B", false, 100)
            .ran(2, "b.C", false, 100)
            .recorded()
            .summary();

    assertThat(s.estimatedUnits()).hasValue(2);
  }

  @Test
  void shouldMarkAShardWithoutResultsMissingAndTheRunAnError() {
    RunSummary s =
        new PageFixture("", 2)
            .plan(1, units("a.A", 1_000))
            .plan(2, units("b.C", 1_000))
            .ran(1, "a.A", false, 1_000)
            .ended(2, io.jenkins.plugins.paralleltests.ShardStatus.NOT_STARTED, "")
            .recorded()
            .summary();

    assertThat(s.shards().get(1).status()).isEqualTo(ShardStatus.MISSING);
    assertThat(s.shards().get(1).actualMillis()).isEmpty();
    assertThat(s.status()).isEqualTo(RunSummary.Status.ERROR);
    assertThat(s.problemMessages()).anyMatch(p -> p.contains("produced no test results"));
    assertThat(s.machineMillis()).isEqualTo(1_000);
  }

  @Test
  void shouldMarkATimedOutShardTimedOutEvenWithSomeResults() {
    RunSummary s =
        new PageFixture("", 2)
            .plan(1, units("a.A", 1_000))
            .plan(2, units("b.C", 1_000))
            .ran(1, "a.A", false, 1_000)
            .ran(2, "b.C", false, 60_000)
            .ended(2, io.jenkins.plugins.paralleltests.ShardStatus.TIMED_OUT, "linux-7")
            .recorded()
            .summary();

    ShardSummary timedOut = s.shards().get(1);
    assertThat(timedOut.status()).isEqualTo(ShardStatus.TIMED_OUT);
    assertThat(timedOut.agent()).isEqualTo("linux-7");
    assertThat(timedOut.image()).isEqualTo("maven:3");
    assertThat(s.status()).isEqualTo(RunSummary.Status.ERROR);
  }

  @Test
  void shouldListUnitsThatRanFarLongerThanPlannedLargestExcessFirst() {
    BuildSummaries.Recorded recorded =
        new PageFixture("", 2)
            .plan(1, units("a.A", 10_000, "a.B", 1_000))
            .plan(2, units("b.C", -2_000, "b.D", 1_000))
            .ran(1, "a.A", false, 11_000) // within its estimate
            .ran(1, "a.B", false, 7_000) // 7x, +6 s
            .ran(2, "b.C", false, 30_000) // 15x, +28 s, no history
            .ran(2, "b.D", false, 1_400) // 1.4x: not far
            .recorded();

    assertThat(recorded.overruns())
        .containsExactly(
            new UnitOverrun("b.C", 2, 2_000, 30_000, true),
            new UnitOverrun("a.B", 1, 1_000, 7_000, false));
  }

  @Test
  void shouldCountFailedTestsAndMarkTheShardFailed() {
    RunSummary s =
        new PageFixture("", 1)
            .plan(1, units("a.A", 1_000))
            .ran(1, "a.A", true, 500, 500)
            .recorded()
            .summary();

    assertThat(s.shards().get(0).status()).isEqualTo(ShardStatus.FAILED);
    assertThat(s.totals().failed()).isEqualTo(1);
    assertThat(s.failures())
        .singleElement()
        .extracting(f -> f.displayName())
        .isEqualTo("a.A.test0");
    assertThat(s.status()).isEqualTo(RunSummary.Status.FAILED);
  }

  @Test
  void shouldSurviveTheCoreJsonRoundTrip() {
    RunSummary s = twoShards().recorded().summary();

    RunSummary read = SummaryJson.read(SummaryJson.write(s));

    assertThat(read.wallMillis()).isEqualTo(s.wallMillis());
    assertThat(read.imbalance()).isEqualTo(s.imbalance());
    assertThat(read.shards()).isEqualTo(s.shards());
    assertThat(read.slowestUnits()).isEqualTo(s.slowestUnits());
  }
}
