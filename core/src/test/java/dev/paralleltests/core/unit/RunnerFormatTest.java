package dev.paralleltests.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The selections written for each test runner, as the CLI and the plugin write them. */
class RunnerFormatTest {

  @Test
  void linesKeepNamesUnchanged() {
    List<String> units = List.of("com.x.A", "weird name$1");
    assertThat(RunnerFormat.LINES.includes(units, Granularity.CLASS)).isEqualTo(units);
  }

  @Test
  void surefireIncludesArePathsBelowTheTestClassesDirectory() {
    assertThat(RunnerFormat.SUREFIRE.includes(List.of("com.x.ATest", "BTest"), Granularity.CLASS))
        .containsExactly("com/x/ATest.java", "BTest.java");
    assertThat(
            RunnerFormat.SUREFIRE.includes(
                List.of("com.x.ATest#works", "com.x.ATest#adds[1]", "com.x.ATest$Inner#deep()"),
                Granularity.TEST))
        .containsExactly(
            "com/x/ATest.java#works", "com/x/ATest.java#adds", "com/x/ATest.java#deep");
    assertThat(
            RunnerFormat.SUREFIRE.includes(
                List.of("module/src/test/java/com/x/ATest.java", "src/it/kotlin/KTest.kt"),
                Granularity.FILE))
        .containsExactly("com/x/ATest.java", "KTest.java");
  }

  @Test
  void surefireCatchAllAddsBackTheDefaultExclusionThatANonEmptyExcludesFileReplaces() {
    assertThat(RunnerFormat.SUREFIRE.excludes(List.of("com.x.ATest"), Granularity.CLASS))
        .containsExactly("com/x/ATest.java", "**/*$*");
  }

  @Test
  void surefireFoldsNestedClassesIntoTheTopLevelClassItRunsThem() {
    assertThat(
            RunnerFormat.SUREFIRE.includes(
                List.of("com.x.ATest", "com.x.ATest$Inner", "com.x.BTest"), Granularity.CLASS))
        .containsExactly("com/x/ATest.java", "com/x/BTest.java");
  }

  @Test
  void surefireMatchesAFileOutsideASourceRootByItsName() {
    assertThat(RunnerFormat.SUREFIRE.includes(List.of("scripts/ATest.java"), Granularity.FILE))
        .containsExactly("**/ATest.java");
  }

  @Test
  void pytestCatchAllDeselectsWhatOtherShardsRun() {
    assertThat(RunnerFormat.PYTEST.includes(List.of("tests/test_a.py"), Granularity.FILE))
        .containsExactly("tests/test_a.py");
    assertThat(RunnerFormat.PYTEST.excludes(List.of("tests/test_a.py"), Granularity.FILE))
        .containsExactly("--deselect=tests/test_a.py");
  }

  @Test
  void pytestCatchAllDeselectsAClassWithoutTheClassesWhoseNamesItPrefixes() {
    assertThat(
            RunnerFormat.PYTEST.excludes(
                List.of("tests/test_a.py::TestFoo", "tests/test_b.py"), Granularity.CLASS))
        .containsExactly("--deselect=tests/test_a.py::TestFoo::", "--deselect=tests/test_b.py");
  }

  @Test
  void jestShardsSelectTheirFilesByExactPath() {
    assertThat(
            RunnerFormat.JEST.includes(
                List.of("src/a.test.js", "./b(1).spec.ts"), Granularity.FILE))
        .containsExactly("--runTestsByPath", "src/a.test.js", "b(1).spec.ts");
  }

  @Test
  void jestCatchAllPatternMatchesEveryFileButTheOthersAbsoluteOrRelative() {
    List<String> lines =
        RunnerFormat.JEST.excludes(
            List.of("src/a.test.js", "b(1).spec.ts"), Granularity.FILE, Path.of("/home/ci/repo"));
    assertThat(lines).hasSize(1);
    Pattern p = Pattern.compile(lines.get(0));

    assertThat(p.matcher("/home/ci/repo/src/a.test.js").find()).isFalse();
    assertThat(p.matcher("src/a.test.js").find()).isFalse();
    assertThat(p.matcher("/home/ci/repo/b(1).spec.ts").find()).isFalse();
    assertThat(p.matcher("/home/ci/repo/pkg/src/a.test.js").find()).isTrue();
    assertThat(p.matcher("pkg/src/a.test.js").find()).isTrue();
    assertThat(p.matcher("/home/ci/repo/src/aXtest.js").find()).isTrue();
  }

  @Test
  void jestCatchAllWithoutAWorkingDirectoryAnchorsIgnorePatternsAtTheRootDir() {
    assertThat(RunnerFormat.JEST.excludes(List.of("src/a.test.js"), Granularity.FILE))
        .containsExactly(
            "--testPathIgnorePatterns=<rootDir>/src/a\\.test\\.js$",
            "--testPathIgnorePatterns=/node_modules/");
  }

  @Test
  void jestRefusesTestGranularity() {
    assertThatThrownBy(
            () -> RunnerFormat.JEST.includes(List.of("a.test.js#adds"), Granularity.TEST))
        .hasMessageContaining("Jest selects test files, not single tests")
        .hasMessageContaining("--granularity file");
  }

  @Test
  void parseNamesTheAcceptedFormats() {
    assertThat(RunnerFormat.parse("Surefire")).isEqualTo(RunnerFormat.SUREFIRE);
    assertThatThrownBy(() -> RunnerFormat.parse("gradle"))
        .hasMessage("unknown format 'gradle': expected lines, surefire, pytest or jest");
  }
}
