package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.ReadResult;
import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Timings from real Surefire reports, read by the real reader (see the resources' README). */
class SurefireTimingsTest {

  private static final Path REPORTS = Path.of("src/test/resources/SurefireTimingsTest");
  private static final Path SLOW_SETUP = REPORTS.resolve("TEST-org.example.SlowSetupTest.xml");
  private static final Path PLAIN = REPORTS.resolve("TEST-org.example.PlainTest.xml");

  @TempDir Path dir;

  private static BuildTimings collect(Path... reports) {
    BuildTimingsCollector collector = BuildTimingsCollector.create();
    for (Path report : reports) {
      ReadResult result = JUnitXmlReader.timingsOnly().read(report, collector);
      assertThat(result.isComplete()).as(result.problems().toString()).isTrue();
    }
    return collector.timings();
  }

  private static Estimates estimate(
      BuildTimings timings, Granularity granularity, String... units) {
    TimingHistory history = TimingHistory.of(List.of(RecordedBuild.of("1", Builds.T0, timings)));
    return history.estimate(
        List.of(units), granularity, UnitNaming.stored(), EstimateOptions.defaults());
  }

  @Test
  void aClassCostsItsWholeSuiteTimeIncludingSetupTeardownAndItsNestedClass() {
    Estimates estimates =
        estimate(
            collect(SLOW_SETUP, PLAIN),
            Granularity.CLASS,
            "org.example.SlowSetupTest",
            "org.example.PlainTest");

    // time="2.157" and time="0.081" on the suites, against 0.821 s and 0.059 s of their cases.
    assertThat(estimates.units()).extracting(UnitEstimate::millis).containsExactly(2_157L, 81L);
  }

  @Test
  void testsCostTheirOwnTimeAndSkippedTestsHaveNoHistory() {
    Estimates estimates =
        estimate(
            collect(SLOW_SETUP),
            Granularity.TEST,
            "org.example.SlowSetupTest#slow",
            "org.example.SlowSetupTest#sized(int)[2]",
            "org.example.SlowSetupTest$WhenEmpty#inner",
            "org.example.SlowSetupTest#disabled");

    assertThat(estimates.units())
        .extracting(UnitEstimate::millis, UnitEstimate::samples)
        .containsExactly(tuple(306L, 1), tuple(163L, 1), tuple(126L, 1), tuple(163L, 0));
  }

  @Test
  void theSameClassReportedByTwoShardsCostsBothSuiteTimesInThatBuild() {
    // A class split into its test cases over two shards: each shard writes its own suite.
    Estimates estimates =
        estimate(collect(SLOW_SETUP, SLOW_SETUP), Granularity.CLASS, "org.example.SlowSetupTest");

    assertThat(estimates.units().get(0).millis()).isEqualTo(2 * 2_157L);
  }

  @Test
  void survivesTheTripThroughTheStoreUnchanged() throws IOException {
    BuildTimings timings = collect(SLOW_SETUP, PLAIN);
    TimingHistoryStore store = TimingHistoryStore.at(dir);
    store.record("main-1", timings, BuildStats.none().withTests(7));

    HistoryLoad load = store.load();

    assertThat(load.warnings()).isEmpty();
    assertThat(load.history().builds().get(0).timings()).isEqualTo(timings);
    assertThat(
            load.history()
                .testEstimates(
                    List.of("org.example.SlowSetupTest"),
                    UnitNaming.stored(),
                    EstimateOptions.defaults())
                .get("org.example.SlowSetupTest"))
        .extracting(UnitEstimate::unit)
        .containsExactly(
            "org.example.SlowSetupTest#fast",
            "org.example.SlowSetupTest#sized(int)[1]",
            "org.example.SlowSetupTest#sized(int)[2]",
            "org.example.SlowSetupTest#slow",
            "org.example.SlowSetupTest$WhenEmpty#inner");
  }
}
