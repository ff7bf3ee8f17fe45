package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.UnitNamer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real reports of real tools, recorded with the reader's unit naming, then planned from the history
 * alone: the units a later plan names must match what the reports said, at every granularity,
 * although the plan never sees a report.
 */
class RecordedUnitNamesTest {

  private static final Path REAL = Path.of("src/test/resources/RealReportsTest");

  @TempDir Path dir;

  /** Reads every report under {@code root} as one build and records it; returns the history. */
  private TimingHistory recordAndReload(Path root) throws IOException {
    BuildTimingsCollector collector = BuildTimingsCollector.create(UnitNamer.detecting(root));
    List<Path> reports;
    try (Stream<Path> files = Files.walk(root)) {
      reports =
          files
              .filter(p -> p.getFileName().toString().matches("(TEST-.*|xunit2|report)\\.xml"))
              .sorted()
              .toList();
    }
    assertThat(reports).isNotEmpty();
    for (Path report : reports) {
      assertThat(JUnitXmlReader.timingsOnly().read(report, collector).isComplete()).isTrue();
    }
    TimingHistoryStore store = TimingHistoryStore.at(dir);
    store.record("1", collector.timings(), BuildStats.none());
    HistoryLoad load = store.load();
    assertThat(load.warnings()).isEmpty();
    return load.history();
  }

  private static List<UnitEstimate> estimate(
      TimingHistory history, Granularity granularity, String... units) {
    return history.estimate(List.of(units), granularity, EstimateOptions.defaults()).units();
  }

  @Test
  void mavenMultiModuleClassesAndFilesAreKnownByTheNamesAPlanUses() throws IOException {
    TimingHistory history = recordAndReload(REAL.resolve("maven"));

    assertThat(
            estimate(
                history,
                Granularity.CLASS,
                "com.example.calc.CalculatorTest",
                "com.example.calc.CalculatorTest$WhenNegative",
                "com.example.web.PageTest",
                "com.example.web.ServerIT"))
        .extracting(UnitEstimate::millis, UnitEstimate::samples)
        // suite times: nested classes and setup included
        .containsExactly(tuple(330L, 1), tuple(330L, 1), tuple(1_005L, 1), tuple(440L, 1));
    assertThat(
            estimate(
                history,
                Granularity.FILE,
                "mod-a/src/test/java/com/example/calc/CalculatorTest.java",
                "./mod-b/src/test/java/com/example/web/PageTest.java"))
        .extracting(UnitEstimate::millis, UnitEstimate::samples)
        .containsExactly(tuple(330L, 1), tuple(1_005L, 1));
    assertThat(
            estimate(
                history,
                Granularity.TEST,
                "com.example.calc.CalculatorTest#addsMany(int, int, int)[1]",
                "com.example.calc.CalculatorTest$WhenNegative#addsNegatives"))
        .extracting(UnitEstimate::millis, UnitEstimate::samples)
        .containsExactly(tuple(156L, 1), tuple(1L, 1));
  }

  @Test
  void pytestNodeIdsAreKnownThoughTheReportHasNoFileAttribute() throws IOException {
    Path root = dir.resolve("checkout");
    Files.createDirectories(root);
    Files.copy(REAL.resolve("pytest/xunit2.xml"), root.resolve("xunit2.xml"));
    TimingHistory history = recordAndReload(root);

    assertThat(history.knownUnits(Granularity.FILE, EstimateOptions.defaults()))
        .containsExactly("tests/test_math.py", "tests/unit/test_strings.py");
    assertThat(history.knownUnits(Granularity.CLASS, EstimateOptions.defaults()))
        .contains("tests/test_math.py::TestMath", "tests/test_math.py::TestOuter");
    assertThat(
            estimate(
                history,
                Granularity.TEST,
                "tests/test_math.py::TestMath::test_adds",
                "tests/test_math.py::TestMath::test_skipped"))
        .extracting(UnitEstimate::samples)
        .as("a skipped test has no sample")
        .containsExactly(1, 0);
  }
}
