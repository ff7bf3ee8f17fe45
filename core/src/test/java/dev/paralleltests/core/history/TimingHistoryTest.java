package dev.paralleltests.core.history;

import static dev.paralleltests.core.history.Builds.build;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimingHistoryTest {

  private static final UnitNaming NAMING = UnitNaming.stored();
  private static final EstimateOptions DEFAULTS = EstimateOptions.defaults();

  private static Estimates classes(
      TimingHistory history, EstimateOptions options, String... units) {
    return history.estimate(List.of(units), Granularity.CLASS, NAMING, options);
  }

  @Test
  void partialBuildsInARowNeverEraseTheHistoryOfTheUnitsTheyDidNotRun() {
    List<RecordedBuild> builds = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      builds.add(build(n).unit("a.Slow", 60_000).unit("a.Fast", 1_000).done());
    }
    // 40 pull-request builds in a row that ran only a.Fast: more than K and more than M.
    for (int n = 4; n <= 43; n++) {
      builds.add(build(n).unit("a.Fast", 1_100).done());
    }

    Estimates estimates =
        classes(TimingHistory.of(builds), DEFAULTS.withRetention(50), "a.Slow", "a.Fast");

    assertThat(estimates.units())
        .extracting(UnitEstimate::unit, UnitEstimate::millis, UnitEstimate::samples)
        .containsExactly(tuple("a.Slow", 60_000L, 3), tuple("a.Fast", 1_100L, 10));
  }

  @Test
  void usesOnlyEachUnitsLastKSamples() {
    List<RecordedBuild> builds = new ArrayList<>();
    for (int n = 1; n <= 5; n++) {
      builds.add(build(n).unit("a.Foo", 9_000).done()); // old, before a speed-up
    }
    for (int n = 6; n <= 8; n++) {
      builds.add(build(n).unit("a.Foo", 2_000).done());
    }

    UnitEstimate estimate =
        classes(TimingHistory.of(builds), DEFAULTS.withSamples(3), "a.Foo").units().get(0);

    assertThat(estimate.millis()).isEqualTo(2_000);
    assertThat(estimate.samples()).isEqualTo(3);
  }

  @Test
  void medianIgnoresOneSlowOutlierWhileP85PlansForTheSlowRuns() {
    long[] times = {1_000, 1_100, 1_050, 1_200, 1_150, 1_300, 9_000};
    List<RecordedBuild> builds = new ArrayList<>();
    for (int i = 0; i < times.length; i++) {
      builds.add(build(i + 1).unit("a.Foo", times[i]).done());
    }
    TimingHistory history = TimingHistory.of(builds);

    long median = classes(history, DEFAULTS, "a.Foo").units().get(0).millis();
    long p85 =
        classes(history, DEFAULTS.withStatistic(Statistic.P85), "a.Foo").units().get(0).millis();

    assertThat(median).isEqualTo(1_150);
    // nearest rank: ceil(0.85 * 7) = 6th of 1000 1050 1100 1150 1200 1300 9000
    assertThat(p85).isEqualTo(1_300);
  }

  @Test
  void theMedianOfAnEvenNumberOfSamplesIsTheMeanOfTheMiddleTwo() {
    TimingHistory history =
        TimingHistory.of(
            List.of(build(1).unit("a.Foo", 1_000).done(), build(2).unit("a.Foo", 2_001).done()));

    assertThat(classes(history, DEFAULTS, "a.Foo").units().get(0).millis()).isEqualTo(1_500);
  }

  @Test
  void forgetsUnitsNotSeenInTheLastMBuilds() {
    List<RecordedBuild> builds = new ArrayList<>();
    builds.add(build(1).unit("a.Deleted", 5_000).unit("a.Kept", 1_000).done());
    for (int n = 2; n <= 4; n++) {
      builds.add(build(n).unit("a.Kept", 1_000).done());
    }
    TimingHistory history = TimingHistory.of(builds);

    assertThat(history.knownUnits(Granularity.CLASS, NAMING, DEFAULTS.withRetention(3)))
        .containsExactly("a.Kept");
    assertThat(history.knownUnits(Granularity.CLASS, NAMING, DEFAULTS.withRetention(4)))
        .containsExactly("a.Deleted", "a.Kept");
    assertThat(
            classes(history, DEFAULTS.withRetention(3), "a.Deleted").units().get(0).isEstimated())
        .isTrue();
  }

  @Test
  void buildsThatRecordedNothingDoNotCountTowardsRetention() {
    List<RecordedBuild> builds = new ArrayList<>();
    builds.add(build(1).unit("a.Foo", 1_000).done());
    for (int n = 2; n <= 40; n++) {
      builds.add(build(n).done()); // every shard crashed: no report, no sample
    }

    assertThat(TimingHistory.of(builds).knownUnits(Granularity.CLASS, NAMING, DEFAULTS))
        .containsExactly("a.Foo");
  }

  @Test
  void unitsNeverSeenGetTheMedianOfTheKnownEstimatesNotZeroNorTheMean() {
    TimingHistory history =
        TimingHistory.of(
            List.of(
                build(1)
                    .unit("a.One", 1_000)
                    .unit("a.Two", 2_000)
                    .unit("a.Three", 3_000)
                    .unit("a.Huge", 600_000)
                    .unit("a.Tiny", 10)
                    .done()));

    Estimates estimates =
        classes(history, DEFAULTS, "a.One", "a.Two", "a.Three", "a.Huge", "a.Tiny", "a.New");

    assertThat(estimates.units().get(5))
        .isEqualTo(UnitEstimate.estimated("a.New", 2_000)); // the mean would be 121,202
    assertThat(estimates.known()).isEqualTo(5);
    assertThat(estimates.estimated()).isEqualTo(1);
    assertThat(estimates.unknownMillis()).isEqualTo(2_000);
  }

  @Test
  void whenNoneOfTheUnitsIsKnownTheUnknownEstimateComesFromTheRestOfTheHistory() {
    TimingHistory history =
        TimingHistory.of(
            List.of(
                build(1).unit("a.One", 1_000).unit("a.Two", 3_000).unit("a.Three", 5_000).done()));

    Estimates estimates = classes(history, DEFAULTS, "b.New", "b.Other");

    assertThat(estimates.units()).extracting(UnitEstimate::millis).containsExactly(3_000L, 3_000L);
    assertThat(estimates.estimated()).isEqualTo(2);
  }

  @Test
  void withNoHistoryAtAllEveryUnitGetsTheSameDocumentedDefault() {
    Estimates estimates = classes(TimingHistory.empty(), DEFAULTS, "b.A", "b.B", "b.C");

    assertThat(estimates.units())
        .extracting(UnitEstimate::millis, UnitEstimate::samples)
        .containsOnly(tuple(EstimateOptions.DEFAULT_MILLIS, 0));
    assertThat(estimates.known()).isZero();
  }

  @Test
  void returnsTheCallersOwnStringsInTheCallersOrderMatchingByCanonicalName() {
    TimingHistory history =
        TimingHistory.of(List.of(build(1).unit("a.Outer", 4_000).unit("a.Zed", 1_000).done()));

    Estimates estimates = classes(history, DEFAULTS, "a.Zed", "a.Outer$Inner", " a.Outer ");

    assertThat(estimates.units())
        .extracting(UnitEstimate::unit, UnitEstimate::millis)
        .containsExactly(
            tuple("a.Zed", 1_000L), tuple("a.Outer$Inner", 4_000L), tuple(" a.Outer ", 4_000L));
  }

  @Test
  void nestedClassesFoldIntoTheirTopLevelClassWithinABuild() {
    TimingHistory history =
        TimingHistory.of(
            List.of(
                build(1)
                    .unit("a.Outer", 1_000)
                    .suiteExtra("a.Outer", 500)
                    .unit("a.Outer$Inner", 2_000)
                    .suiteExtra("a.Outer$Inner", 250)
                    .done()));

    assertThat(classes(history, DEFAULTS, "a.Outer").units().get(0).millis()).isEqualTo(3_750);
    assertThat(history.knownUnits(Granularity.CLASS, NAMING, DEFAULTS)).containsExactly("a.Outer");
  }

  @Test
  void aClassTimeIncludesItsSuiteSetupButATestTimeDoesNot() {
    TimingHistory history =
        TimingHistory.of(
            List.of(
                build(1)
                    .test("a.Foo", "one", 100)
                    .test("a.Foo", "two", 300)
                    .suiteExtra("a.Foo", 600)
                    .done()));

    assertThat(classes(history, DEFAULTS, "a.Foo").units().get(0).millis()).isEqualTo(1_000);
    assertThat(
            history
                .estimate(List.of("a.Foo#one", "a.Foo#two"), Granularity.TEST, NAMING, DEFAULTS)
                .units())
        .extracting(UnitEstimate::millis)
        .containsExactly(100L, 300L);
  }

  @Test
  void givesTheTestLevelEstimatesOfEachClassForSplittingAnOversizedClass() {
    TimingHistory history =
        TimingHistory.of(
            List.of(
                build(1)
                    .test("a.Big", "b", 300)
                    .test("a.Big", "a", 100)
                    .test("a.Small", "x", 5)
                    .done(),
                build(2).test("a.Big", "b", 500).test("a.Big", "c", 50).done()));

    var byClass = history.testEstimates(List.of("a.Big", "a.Unknown"), NAMING, DEFAULTS);

    assertThat(byClass.keySet()).containsExactly("a.Big", "a.Unknown");
    assertThat(byClass.get("a.Big"))
        .extracting(UnitEstimate::unit, UnitEstimate::millis, UnitEstimate::samples)
        .containsExactly(
            tuple("a.Big#a", 100L, 1), tuple("a.Big#b", 400L, 2), tuple("a.Big#c", 50L, 1));
    assertThat(byClass.get("a.Unknown")).isEmpty();
  }

  @Test
  void recordingTheSameIdAgainReplacesTheBuild() {
    TimingHistory history =
        TimingHistory.of(
            List.of(
                build(1).unit("a.Foo", 1_000).done(),
                build("1", Builds.T0.plusSeconds(3600)).unit("a.Foo", 7_000).done()));

    assertThat(history.builds()).hasSize(1);
    assertThat(classes(history, DEFAULTS, "a.Foo").units().get(0))
        .isEqualTo(UnitEstimate.known("a.Foo", 7_000, 1));
  }

  @Test
  void ordersBuildsByRecordingTimeThenById() {
    TimingHistory history =
        TimingHistory.of(
            List.of(
                build("b", Builds.T0).done(),
                build("late", Builds.T0.plusSeconds(1)).done(),
                build("a", Builds.T0).done()));

    assertThat(history.builds()).extracting(RecordedBuild::id).containsExactly("a", "b", "late");
  }

  @Test
  void keepsTheBuildsThatHoldAUnitsLastKSamplesAndTheLastMBuilds() {
    List<RecordedBuild> builds = new ArrayList<>();
    builds.add(build(1).unit("a.Rare", 9_000).done()); // only sample of a.Rare: in use
    builds.add(build(2).unit("a.Often", 1_000).done()); // superseded by the last K=2 of a.Often
    builds.add(build(3).unit("a.Often", 1_000).unit("a.Rare", 9_000).done());
    builds.add(build(4).unit("a.Often", 1_000).done());
    builds.add(build(5).unit("a.Often", 1_000).done());

    var inUse = TimingHistory.of(builds).buildsInUse(DEFAULTS.withSamples(2).withRetention(3));

    assertThat(inUse).containsExactlyInAnyOrder("1", "3", "4", "5");
  }
}
