package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.RunnerFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShardFilesTest {

  /** Shard 1 is the catch-all: it runs a.A and anything not assigned elsewhere. */
  private static final ShardPlan PLAN =
      new ShardPlan(
          Granularity.CLASS,
          List.of(
              new Shard(1, List.of("a.A"), true, 900),
              new Shard(2, List.of("b.B", "c.C$Inner"), false, 1000),
              new Shard(3, List.of("d.D"), false, 950)),
          950,
          1000,
          4,
          0);

  @Test
  void shouldGiveEveryShardAllItsFilesSoNoRunnerMeetsAMissingOne() {
    for (int i = 1; i <= 3; i++) {
      assertThat(ShardFiles.files(PLAN, "", i))
          .extracting(ShardFile::variable)
          .containsExactly(
              "PARALLEL_TESTS_UNITS",
              "PARALLEL_TESTS_INCLUDES",
              "PARALLEL_TESTS_FAILSAFE_INCLUDES",
              "PARALLEL_TESTS_EXCLUDES",
              "PARALLEL_TESTS_PYTEST_ARGS",
              "PARALLEL_TESTS_JEST_ARGS");
    }
  }

  @Test
  void shouldIncludeOnlyItsOwnClassesInAnInclusionShard() {
    Map<String, String> files = byVariable(ShardFiles.files(PLAN, "", 2));

    assertThat(files.get("PARALLEL_TESTS_INCLUDES")).isEqualTo("b/B.java\nc/C.java\n");
    assertThat(files.get("PARALLEL_TESTS_FAILSAFE_INCLUDES")).isEqualTo("b/B.java\nc/C.java\n");
    // Non-empty, so it replaces Surefire's default exclusion of nested classes, and repeats it.
    assertThat(files.get("PARALLEL_TESTS_EXCLUDES")).isEqualTo("**/*$*\n");
    assertThat(files.get("PARALLEL_TESTS_UNITS")).isEqualTo("b.B\nc.C$Inner\n");
  }

  @Test
  void shouldLetTheCatchAllRunDefaultsExceptOtherShardsClasses() {
    Map<String, String> files = byVariable(ShardFiles.files(PLAN, "", 1));

    assertThat(files.get("PARALLEL_TESTS_INCLUDES"))
        .isEqualTo("**/Test*.java\n**/*Test.java\n**/*Tests.java\n**/*TestCase.java\na/A.java\n");
    assertThat(files.get("PARALLEL_TESTS_FAILSAFE_INCLUDES"))
        .isEqualTo("**/IT*.java\n**/*IT.java\n**/*ITCase.java\na/A.java\n");
    assertThat(files.get("PARALLEL_TESTS_EXCLUDES"))
        .isEqualTo("b/B.java\nc/C.java\nd/D.java\n**/*$*\n");
  }

  @Test
  void shouldNeverWriteAnEmptyIncludesFile() {
    for (int i = 1; i <= 3; i++) {
      assertThat(byVariable(ShardFiles.files(PLAN, "", i)).get("PARALLEL_TESTS_INCLUDES"))
          .isNotBlank();
    }
  }

  @Test
  void shouldWriteThePytestAndJestSelectionsOfAnInclusionShard() {
    ShardPlan files =
        new ShardPlan(
            Granularity.FILE,
            List.of(
                new Shard(1, List.of("tests/test_a.py"), true, 10),
                new Shard(2, List.of("tests/test_b.py", "src/c.test.js"), false, 10)),
            10,
            10,
            3,
            0);

    Map<String, String> two = byVariable(ShardFiles.files(files, "", 2));
    Map<String, String> one = byVariable(ShardFiles.files(files, "", 1));

    assertThat(two.get("PARALLEL_TESTS_PYTEST_ARGS")).isEqualTo("tests/test_b.py\nsrc/c.test.js\n");
    assertThat(two.get("PARALLEL_TESTS_JEST_ARGS"))
        .isEqualTo("--runTestsByPath\ntests/test_b.py\nsrc/c.test.js\n");
    assertThat(one.get("PARALLEL_TESTS_PYTEST_ARGS"))
        .isEqualTo("--deselect=tests/test_b.py\n--deselect=src/c.test.js\n");
    // One pattern that filters on top of the project's testPathIgnorePatterns (an ignore option
    // would replace them), anchored at the workspace, which the Pipeline script puts in.
    assertThat(one.get("PARALLEL_TESTS_JEST_ARGS"))
        .isEqualTo(
            "^(?!(?:@PARALLEL_TESTS_WORKSPACE@/)?(?:tests/test_b\\.py|src/c\\.test\\.js)$)\n");
    assertThat(ShardFiles.files(files, "", 1))
        .filteredOn(f -> f.variable().equals("PARALLEL_TESTS_JEST_ARGS"))
        .extracting(ShardFile::workspaceToken)
        .containsExactly("@PARALLEL_TESTS_WORKSPACE@");
    assertThat(ShardFiles.files(files, "", 2))
        .filteredOn(f -> f.variable().equals("PARALLEL_TESTS_JEST_ARGS"))
        .extracting(ShardFile::workspaceToken)
        .containsExactly("");
  }

  @Test
  void shouldWriteEveryShardsFilesAtTestGranularityAndLetJestFindNoFile() {
    ShardPlan tests =
        new ShardPlan(
            Granularity.TEST,
            List.of(
                new Shard(1, List.of("a.ATest#one"), true, 10),
                new Shard(2, List.of("b.BTest#two"), false, 10)),
            10,
            10,
            2,
            0);

    Map<String, String> one = byVariable(ShardFiles.files(tests, "", 1));
    Map<String, String> two = byVariable(ShardFiles.files(tests, "", 2));

    assertThat(two.get("PARALLEL_TESTS_INCLUDES")).isEqualTo("b/BTest.java#two\n");
    assertThat(one.get("PARALLEL_TESTS_PYTEST_ARGS")).isEqualTo("--deselect=b.BTest#two\n");
    // Jest selects files: a path that names none (Jest ends with "No tests found" and shows it),
    // instead of an empty file, which would run everything.
    assertThat(one.get("PARALLEL_TESTS_JEST_ARGS"))
        .isEqualTo(two.get("PARALLEL_TESTS_JEST_ARGS"))
        .isEqualTo(
            "--runTestsByPath\n"
                + "parallel-tests: Jest selects test files, not single tests: use granularity"
                + " 'file'\n");
  }

  @Test
  void shouldKeepEachRunsFilesApartUnderTheWorkspaceTemporaryDirectory() {
    assertThat(ShardFiles.files(PLAN, "it", 3))
        .extracting(ShardFile::path)
        .allMatch(p -> p.startsWith("parallel-tests/it/shard-3/"));
    assertThat(ShardFiles.files(PLAN, "", 3))
        .extracting(ShardFile::path)
        .allMatch(p -> p.startsWith("parallel-tests/default/shard-3/"));
  }

  @Test
  void shouldExportTheShardsNumberCountAndRole() {
    assertThat(ShardFiles.environment(PLAN, "it", 1))
        .containsExactly(
            "PARALLEL_TESTS_SHARD=1",
            "PARALLEL_TESTS_SHARDS=3",
            "PARALLEL_TESTS_NAME=it",
            "PARALLEL_TESTS_CATCH_ALL=true");
  }

  @Test
  void shouldWriteUnitsAsSurefirePatternsForEachGranularity() {
    assertThat(RunnerFormat.surefirePattern("com.a.FooTest", Granularity.CLASS))
        .isEqualTo("com/a/FooTest.java");
    assertThat(RunnerFormat.surefirePattern("com.a.FooTest#adds[1]", Granularity.TEST))
        .isEqualTo("com/a/FooTest.java#adds");
    assertThat(
            RunnerFormat.surefirePattern("mod/src/test/java/com/a/FooTest.java", Granularity.FILE))
        .isEqualTo("com/a/FooTest.java");
    assertThat(RunnerFormat.surefirePattern("mod/src/it/kotlin/com/a/BarIT.kt", Granularity.FILE))
        .isEqualTo("com/a/BarIT.java");
    assertThat(RunnerFormat.surefirePattern("scripts/odd.py", Granularity.FILE))
        .isEqualTo("**/odd.py");
  }

  private static Map<String, String> byVariable(List<ShardFile> files) {
    return files.stream().collect(Collectors.toMap(ShardFile::variable, ShardFile::text));
  }
}
