package dev.paralleltests.cli;

import static dev.paralleltests.cli.ShardReports.SHARD_1;
import static dev.paralleltests.cli.ShardReports.SHARD_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SplitCommandTest {

  private static final String[] UNITS = {"com.a.ATest", "com.b.BTest", "com.c.CTest"};

  @TempDir Path dir;

  @Test
  void theShardsTogetherRunEveryUnitExactlyOnce() {
    List<String> all = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      CliRun run = CliRun.run(args("split", "--shards", "2", "--index", "" + i));
      assertThat(run.exitCode()).as(run.err()).isZero();
      all.addAll(run.lines());
    }
    assertThat(all).containsExactlyInAnyOrder(UNITS);
  }

  @Test
  void anIndexBeyondThePlannedShardsPrintsNothingSaysSoAndSucceeds() {
    CliRun run = CliRun.run(args("split", "--shards", "5", "--index", "4"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err())
        .contains("shard 4: the plan has only 3 shards")
        .contains("nothing to run");
  }

  @Test
  void anIndexBeyondTheRequestedShardsIsAUsageError() {
    CliRun run = CliRun.run(args("split", "--shards", "2", "--index", "3"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--index 3 is beyond --shards 2");
  }

  @ParameterizedTest
  @CsvSource({
    "CI_NODE_INDEX, 1, CI_NODE_TOTAL, 3",
    "CIRCLE_NODE_INDEX, 0, CIRCLE_NODE_TOTAL, 3",
    "BUILDKITE_PARALLEL_JOB, 0, BUILDKITE_PARALLEL_JOB_COUNT, 3"
  })
  void readsTheCiVariablesAsShardOne(String index, String value, String total, String count) {
    CliRun ci = CliRun.withEnv(Map.of(index, value, total, count), args("split"));
    CliRun explicit = CliRun.run(args("split", "--shards", "3", "--index", "1"));

    assertThat(ci.exitCode()).as(ci.err()).isZero();
    assertThat(ci.out()).isNotEmpty().isEqualTo(explicit.out());
  }

  @Test
  void explicitOptionsWinOverCiVariables() {
    CliRun run =
        CliRun.withEnv(
            Map.of("CI_NODE_INDEX", "9", "CI_NODE_TOTAL", "2"),
            args("split", "--shards", "3", "--index", "2"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .isEqualTo(CliRun.run(args("split", "--shards", "3", "--index", "2")).out());
  }

  @Test
  void withoutIndexOrCiVariablesItSaysWhichVariablesItLookedFor() {
    CliRun run = CliRun.run(args("split", "--shards", "2"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--index is missing").contains("CI_NODE_INDEX");
  }

  @Test
  void usesAPlanMadeOnceInsteadOfPlanningAgain() throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, CliRun.run(args("plan", "--shards", "3", "--format", "json")).out());

    List<String> all = new ArrayList<>();
    for (int i = 1; i <= 3; i++) {
      CliRun run = CliRun.run("split", "--plan", plan.toString(), "--index", "" + i);
      assertThat(run.exitCode()).as(run.err()).isZero();
      assertThat(run.lines()).hasSize(1);
      all.addAll(run.lines());
    }
    assertThat(all).containsExactlyInAnyOrder(UNITS);
  }

  @Test
  void warnsWhenTheCiRunsFewerJobsThanThePlanHasShards() throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(plan, CliRun.run(args("plan", "--shards", "3", "--format", "json")).out());

    CliRun run =
        CliRun.withEnv(
            Map.of("CI_NODE_INDEX", "1", "CI_NODE_TOTAL", "2"), "split", "--plan", plan.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isNotEmpty();
    assertThat(run.err())
        .contains("the plan has 3 shards but only 2 jobs run")
        .contains("shard 3 will not run");
  }

  @Test
  void aMissingOrBrokenPlanIsAUsageErrorNamingTheFile() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"version\": 1, \"shards\": [");

    CliRun missing =
        CliRun.run("split", "--plan", dir.resolve("none.json").toString(), "--index", "1");
    CliRun bad = CliRun.run("split", "--plan", broken.toString(), "--index", "1");

    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("none.json").contains("no such file");
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.errLines()).singleElement().asString().contains("broken.json");
  }

  @Test
  void planAndShardsExcludeEachOther() {
    CliRun run = CliRun.run("split", "--plan", "p.json", "--shards", "2", "--index", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("either --plan FILE or --shards N");
  }

  @Test
  void surefireFilesOfANormalShardIncludeItsClassesAndExcludeNothing() throws Exception {
    Path inc = dir.resolve("out/includes.txt");
    Path exc = dir.resolve("out/excludes.txt");

    CliRun run =
        CliRun.run(
            args(
                "split",
                "--shards",
                "3",
                "--index",
                "2",
                "--format",
                "surefire",
                "--includes-file",
                inc.toString(),
                "--excludes-file",
                exc.toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllLines(inc))
        .singleElement()
        .asString()
        .matches("com/[abc]/[ABC]Test\\.java");
    assertThat(exc).isEmptyFile();
  }

  @Test
  void theCatchAllRunsEverythingButTheOtherShardsAndKeepsSurefiresDefaultExclusion()
      throws Exception {
    Path history = history();
    Path inc = dir.resolve("includes.txt");
    Path exc = dir.resolve("excludes.txt");
    List<String> others = new ArrayList<>();
    for (int i = 2; i <= 3; i++) {
      others.addAll(
          CliRun.run("split", "--shards", "3", "--index", "" + i, "--history", history.toString())
              .lines());
    }

    CliRun run =
        CliRun.run(
            "split",
            "--shards",
            "3",
            "--index",
            "1",
            "--history",
            history.toString(),
            "--format",
            "surefire",
            "--includes-file",
            inc.toString(),
            "--excludes-file",
            exc.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(inc).isEmptyFile();
    List<String> expected = new ArrayList<>();
    others.forEach(u -> expected.add(u.replace('.', '/') + ".java"));
    expected.add("**/*$*");
    assertThat(Files.readAllLines(exc)).containsExactlyInAnyOrderElementsOf(expected);
  }

  @Test
  void theCatchAllInLinesFormatWarnsThatNewTestsNeedARunnerFormat() throws Exception {
    CliRun run =
        CliRun.run("split", "--shards", "3", "--index", "1", "--history", history().toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("is the catch-all");
  }

  @Test
  void beyondThePlanNeitherFileIsLeftBehind() throws Exception {
    Path inc = Files.writeString(dir.resolve("includes.txt"), "stale\n");
    Path exc = Files.writeString(dir.resolve("excludes.txt"), "stale\n");

    CliRun run =
        CliRun.run(
            args(
                "split",
                "--shards",
                "4",
                "--index",
                "4",
                "--format",
                "surefire",
                "--includes-file",
                inc.toString(),
                "--excludes-file",
                exc.toString()));

    assertThat(run.exitCode()).isZero();
    assertThat(inc).doesNotExist();
    assertThat(exc).doesNotExist();
  }

  @Test
  void pytestAndJestFormatsPrintRunnerArguments() {
    CliRun pytest =
        CliRun.run(
            "split",
            "--shards",
            "1",
            "--index",
            "1",
            "--granularity",
            "file",
            "--format",
            "pytest",
            "tests/test_a.py",
            "tests/test_b.py::test_x");
    CliRun jest =
        CliRun.run(
            "split",
            "--shards",
            "1",
            "--index",
            "1",
            "--granularity",
            "file",
            "--format",
            "jest",
            "src/a.test.js");

    assertThat(pytest.lines())
        .containsExactlyInAnyOrder("tests/test_a.py", "tests/test_b.py::test_x");
    assertThat(jest.lines()).containsExactly("--runTestsByPath", "src/a.test.js");
  }

  private Path history() {
    return RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);
  }

  private static String[] args(String... first) {
    List<String> all = new ArrayList<>(List.of(first));
    all.addAll(List.of(UNITS));
    return all.toArray(String[]::new);
  }
}
