package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.history.BuildTimings;
import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.history.TestCaseId;
import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.unit.Granularity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatchAllReserveTest {

  private static RecordedBuild build(int number, String... classesAndMillis) {
    BuildTimings.Builder timings = BuildTimings.builder();
    for (int i = 0; i < classesAndMillis.length; i += 2) {
      timings.addCase(
          TestCaseId.basic(classesAndMillis[i], "test", "", List.of(classesAndMillis[i])),
          Long.parseLong(classesAndMillis[i + 1]));
    }
    return RecordedBuild.of("b" + number, Instant.EPOCH.plusSeconds(number), timings.build());
  }

  @Test
  void shouldBeZeroWithoutTwoBuilds() {
    assertThat(CatchAllReserve.typicalNewWork(TimingHistory.empty(), Granularity.CLASS)).isZero();
    assertThat(
            CatchAllReserve.typicalNewWork(
                TimingHistory.of(List.of(build(1, "a.A", "100"))), Granularity.CLASS))
        .isZero();
  }

  @Test
  void shouldTakeTheMedianTimeOfUnitsNewToEachBuild() {
    List<RecordedBuild> builds = new ArrayList<>();
    builds.add(build(1, "a.A", "100", "b.B", "100"));
    builds.add(build(2, "a.A", "100", "b.B", "100", "c.C", "30")); // new: 30
    builds.add(build(3, "a.A", "100", "d.D", "50", "e.E$Inner", "20")); // new: 70
    builds.add(build(4, "a.A", "100", "b.B", "100", "c.C", "30")); // none new: all ran before

    long reserve = CatchAllReserve.typicalNewWork(TimingHistory.of(builds), Granularity.CLASS);

    assertThat(reserve).isEqualTo(30); // median of 30, 70, 0
  }

  @Test
  void shouldNotCountUnitsSkippedByAPartialBuildAsNewWhenTheyReturn() {
    List<RecordedBuild> builds = new ArrayList<>();
    builds.add(build(1, "a.A", "100", "b.B", "100", "c.C", "100", "d.D", "100", "e.E", "100"));
    builds.add(build(2, "a.A", "100")); // partial
    builds.add(build(3, "a.A", "100", "b.B", "100", "c.C", "100", "d.D", "100", "e.E", "100"));

    assertThat(CatchAllReserve.typicalNewWork(TimingHistory.of(builds), Granularity.CLASS))
        .isZero();
  }

  @Test
  void shouldAddABuildsWorthOfNewWorkForEachPartialBuildAtTheEnd() {
    List<RecordedBuild> builds = new ArrayList<>();
    builds.add(build(1, "a.A", "100", "b.B", "100", "c.C", "100", "d.D", "100", "e.E", "100"));
    builds.add(
        build(
            2, "a.A", "100", "b.B", "100", "c.C", "100", "d.D", "100", "e.E", "100", "f.F", "40"));
    builds.add(build(3, "a.A", "100")); // partial: whatever was added since is still unknown
    builds.add(build(4, "b.B", "100")); // partial again

    assertThat(CatchAllReserve.typicalNewWork(TimingHistory.of(builds), Granularity.CLASS))
        .isEqualTo(3 * 40);
  }
}
