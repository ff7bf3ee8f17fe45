package dev.paralleltests.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.ReportFiles;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.UnitNamer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The planned units no report mentions, over the reports of every shard at once, on reports a real
 * Maven build wrote (core/src/test/resources/RealReportsTest, see its README).
 */
class UnreportedUnitsTest {

  private static final Path MAVEN = Path.of("src/test/resources/RealReportsTest/maven");

  private static List<String> unreported(
      List<String> shard1, List<String> shard2, List<String> warnings) {
    ShardPlan plan =
        new ShardPlan(
            Granularity.CLASS,
            List.of(new Shard(1, shard1, false, 1_000), new Shard(2, shard2, true, 1_000)),
            1_000,
            1_000,
            0,
            0);
    UnreportedUnits unreported =
        UnreportedUnits.of(plan, UnitNamer.detecting(MAVEN.toAbsolutePath()));
    for (Path report : ReportFiles.find(MAVEN).reports()) {
      JUnitXmlReader.timingsOnly().read(report, unreported);
    }
    return unreported.units(warnings);
  }

  @Test
  void namesThePlannedUnitsThatNoReportOfAnyShardMentions() {
    List<String> warnings = new ArrayList<>();

    List<String> missing =
        unreported(
            List.of("com.example.calc.CalculatorTest", "com.example.calc.GoneTest"),
            List.of("com.example.web.ServerIT", "com.example.web.PageTest", "com.example.Renamed"),
            warnings);

    assertThat(missing).containsExactly("com.example.calc.GoneTest", "com.example.Renamed");
    assertThat(warnings).isEmpty();
  }

  @Test
  void aUnitReportedByAnotherShardThanItsOwnIsNotMissing() {
    List<String> missing =
        unreported(
            List.of("com.example.web.ServerIT"),
            List.of("com.example.calc.CalculatorTest"),
            new ArrayList<>());

    assertThat(missing).isEmpty();
  }

  @Test
  void notesNothingWhenMostOfThePlanIsInNoReport() {
    List<String> warnings = new ArrayList<>();

    List<String> missing =
        unreported(
            List.of("com.example.calc.CalculatorTest", "other.ATest"),
            List.of("other.BTest"),
            warnings);

    assertThat(missing).isEmpty();
    assertThat(warnings)
        .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
        .contains("2 units of the 3 units planned are in no report")
        .contains("is this the run's plan?");
  }
}
