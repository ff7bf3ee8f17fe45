package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code merge --plan} tells a plan that is not this run's (refused, exit 2, nothing written) from
 * a run that lost units (exit 1, the units named), on real runs of the bundled example suite (see
 * src/test/resources/MergePlanCheckTest/README.md for how each file was made).
 */
class MergePlanCheckTest {

  private static final Path DATA = Path.of("src/test/resources/MergePlanCheckTest");
  private static final Path EXAMPLE_RUN = DATA.resolve("example-run");

  @TempDir Path dir;

  private CliRun merge(Path plan, Path run, String... more) {
    List<String> args = new ArrayList<>(List.of("merge", "--out", out().toString()));
    args.addAll(List.of("--plan", plan.toString()));
    args.addAll(List.of(more));
    for (int i = 1; i <= 4; i++) {
      args.add(run.resolve("shard-" + i).toString());
    }
    return CliRun.run(args.toArray(String[]::new));
  }

  private Path out() {
    return dir.resolve("merged.xml");
  }

  @Test
  void theRunsOwnPlanIsAccepted() {
    CliRun run = merge(EXAMPLE_RUN.resolve("plan.json"), EXAMPLE_RUN);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(out()).exists();
  }

  @Test
  void aPlanOfAnotherSuiteWithFewerShardsIsRefusedNamingBothShardCounts() {
    CliRun run = merge(DATA.resolve("plans/another-suite-3-shards.json"), EXAMPLE_RUN);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("has 3 shards but reports were given for shard 4");
    assertThat(out()).doesNotExist();
  }

  @Test
  void aPlanOfAnotherSuiteWithTheSameShardCountIsRefusedNamingUnitsOnBothSides() {
    CliRun run = merge(DATA.resolve("plans/another-suite-4-shards.json"), EXAMPLE_RUN);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("another-suite-4-shards.json")
        .contains("12 of 12 units planned for the shards that reported tests are in no report")
        .contains("dev.paralleltests.core.history.BuildTimingsCollectorTest")
        .contains("12 of 12 units reported by shards that run only their selection")
        .contains("dev.paralleltests.examples.shop.")
        .contains("and 7 more")
        .contains("nothing was written");
  }

  @Test
  void aRefusedPlanLeavesAnExistingOutputAsItWas() throws Exception {
    Files.writeString(out(), "<testsuites/>");

    CliRun run = merge(DATA.resolve("plans/another-suite-4-shards.json"), EXAMPLE_RUN);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(out()).hasContent("<testsuites/>");
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out());
    }
  }

  @Test
  void aPlanOfTheSameSuiteSplitOtherwiseIsRefusedNamingTheUnitsInAnotherShard() {
    CliRun run = merge(DATA.resolve("plans/same-suite-split-otherwise.json"), EXAMPLE_RUN);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("10 planned units were reported only by shards other than their own")
        .contains(
            "dev.paralleltests.examples.shop.InventoryTest (planned for shard 1, reported by"
                + " shard 2)")
        .contains("and 5 more");
    assertThat(out()).doesNotExist();
  }

  @Test
  void aPlannedUnitNoReportMentionsIsALostUnitNamedWithExitStatusOne() {
    CliRun run = merge(DATA.resolve("plans/one-unit-more-in-shard-2.json"), EXAMPLE_RUN);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .contains("shard 2")
        .contains("never reported")
        .contains("dev.paralleltests.examples.shop.RefundTest");
    assertThat(out()).exists();
  }

  @Test
  void unitsTheCatchAllRanThatNoShardListsAreExpected() {
    Path run = DATA.resolve("catch-all-run");

    CliRun merged = merge(run.resolve("plan.json"), run);

    assertThat(merged.exitCode()).as(merged.err()).isZero();
    assertThat(merged.out()).contains("31 tests");
  }

  @Test
  void reportRefusesAPlanOfAnotherSuiteToo() {
    Path report = dir.resolve("report.md");
    List<String> args =
        new ArrayList<>(
            List.of(
                "report",
                "--format",
                "markdown",
                "--out",
                report.toString(),
                "--plan",
                DATA.resolve("plans/another-suite-4-shards.json").toString()));
    for (int i = 1; i <= 4; i++) {
      args.add(EXAMPLE_RUN.resolve("shard-" + i).toString());
    }

    CliRun run = CliRun.run(args.toArray(String[]::new));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("is not the one these reports followed");
    assertThat(report).doesNotExist();
  }
}
