package dev.paralleltests.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.junit.CaseProblem;
import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReadResult;
import dev.paralleltests.core.junit.ReportFiles;
import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportedCase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reports written by real test runners (see the README next to the data and
 * scripts/fixtures/generate.sh): the reader agrees with an independent count, and each style's
 * cases get the unit names a runner can select.
 */
class RealReportsTest {

  private static final Path DATA = Path.of("src/test/resources/RealReportsTest");
  private static final Pattern TESTCASE = Pattern.compile("<testcase[\\s>/]");

  private static List<ReportedCase> readAll(Path root) {
    List<ReportedCase> cases = new ArrayList<>();
    ReportListener listener = cases::add;
    for (Path report : ReportFiles.find(root).reports()) {
      ReadResult result = JUnitXmlReader.full().read(report, listener);
      assertThat(result.problems()).as(report.toString()).isEmpty();
    }
    return cases;
  }

  private static long countTestcaseElements(Path root) throws IOException {
    long count = 0;
    for (Path report : ReportFiles.find(root).reports()) {
      Matcher m = TESTCASE.matcher(Files.readString(report, StandardCharsets.UTF_8));
      while (m.find()) {
        count++;
      }
    }
    return count;
  }

  private static ReportedCase named(List<ReportedCase> cases, String name) {
    return cases.stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
  }

  @ParameterizedTest
  @CsvSource({
    "maven, 12",
    "gradle, 7",
    "pytest/xunit2.xml, 10",
    "pytest/xunit1.xml, 10",
    "jest/default.xml, 6",
    "jest/with-file.xml, 6",
    "jest/suite-filepath.xml, 6",
    "playwright, 5",
    "go, 5",
    "node/junit.xml, 4",
    "mocha/junit-reporter.xml, 4",
    "mocha/xunit.xml, 4"
  })
  void shouldReadEveryCaseAnIndependentCountFinds(String where, int expected) throws Exception {
    Path root = DATA.resolve(where);

    assertThat(readAll(root)).hasSize(expected);
    assertThat(countTestcaseElements(root)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "maven/mod-a/target/surefire-reports/TEST-com.example.calc.CalculatorTest.xml, MAVEN",
    "maven/mod-b/target/failsafe-reports/TEST-com.example.web.ServerIT.xml, MAVEN",
    "gradle/app/build/test-results/test/TEST-com.example.calc.CalculatorTest.xml, GRADLE",
    "pytest/xunit2.xml, PYTEST",
    "pytest/xunit1.xml, PYTEST",
    "jest/default.xml, JEST",
    "jest/with-file.xml, JEST",
    "playwright/results.xml, PLAYWRIGHT",
    "go/report.xml, GO",
    "node/junit.xml, NODE",
    "mocha/junit-reporter.xml, MOCHA",
    "mocha/xunit.xml, MOCHA",
    "../JUnitXmlReaderTest/nested-suites.xml, GENERIC"
  })
  void shouldDetectTheStyleOfEachTool(String report, ReportStyle style) {
    assertThat(ReportStyleDetector.detect(DATA.resolve(report))).isEqualTo(style);
  }

  @Test
  void shouldSeeSurefireOutcomesAndReruns() {
    List<ReportedCase> cases = readAll(DATA.resolve("maven"));

    assertThat(named(cases, "dividesWrongly").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(named(cases, "dividesWrongly").problems())
        .extracting(CaseProblem::kind)
        .containsExactly(
            CaseProblem.Kind.FAILURE,
            CaseProblem.Kind.RERUN_FAILURE,
            CaseProblem.Kind.RERUN_FAILURE);
    assertThat(named(cases, "dividesWrongly").systemOut())
        .isEqualTo("dividing 6 by 3 <with> & markup\n");
    assertThat(named(cases, "dividesByZero").outcome()).isEqualTo(Outcome.ERROR);
    assertThat(named(cases, "subtracts").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(named(cases, "passesOnSecondTry").outcome()).isEqualTo(Outcome.PASSED);
    assertThat(named(cases, "passesOnSecondTry").problems())
        .extracting(CaseProblem::kind)
        .containsExactly(CaseProblem.Kind.FLAKY_FAILURE);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "addsLargeNegatives|CLASS|com.example.calc.CalculatorTest",
        "addsLargeNegatives|TEST|com.example.calc.CalculatorTest$WhenNegative$AndLarge#addsLargeNegatives",
        "addsLargeNegatives|FILE|mod-a/src/test/java/com/example/calc/CalculatorTest.java",
        "addsMany(int, int, int)[2]|TEST|com.example.calc.CalculatorTest#addsMany(int, int, int)[2]",
        "startsAndStops|FILE|mod-b/src/test/java/com/example/web/ServerIT.java",
        "rendersTitle|CLASS|com.example.web.PageTest"
      })
  void shouldNameMavenUnitsInTheirModules(String name, Granularity granularity, String unit) {
    Path root = DATA.resolve("maven");
    UnitNamer namer = UnitNamer.detecting(root);

    assertThat(namer.unitName(named(readAll(root), name), granularity)).isEqualTo(unit);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "addsNegatives()|CLASS|com.example.calc.CalculatorTest",
        "addsNegatives()|FILE|app/src/test/java/com/example/calc/CalculatorTest.java",
        "[2] 2, 3, 5|TEST|com.example.calc.CalculatorTest#[2] 2, 3, 5",
        "savesAndLoads()|FILE|lib/src/integrationTest/java/com/example/lib/StoreIT.java"
      })
  void shouldNameGradleUnitsInTheirModules(String name, Granularity granularity, String unit) {
    Path root = DATA.resolve("gradle");

    assertThat(UnitNamer.detecting(root).unitName(named(readAll(root), name), granularity))
        .isEqualTo(unit);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "test_nested|CLASS|tests/test_math.py::TestOuter",
        "test_nested|TEST|tests/test_math.py::TestOuter::TestInner::test_nested",
        "test_nested|FILE|tests/test_math.py",
        "test_param[2-3-5]|TEST|tests/test_math.py::TestMath::test_param[2-3-5]",
        "test_module_level|CLASS|tests/test_math.py",
        "test_module_level|TEST|tests/test_math.py::test_module_level",
        "test_upper|FILE|tests/unit/test_strings.py"
      })
  void shouldNamePytestUnitsAsNodeIdsInBothJunitFamilies(
      String name, Granularity granularity, String unit) {
    for (String family : List.of("xunit2.xml", "xunit1.xml")) {
      Path report = DATA.resolve("pytest").resolve(family);
      UnitNamer namer = UnitNamer.detecting(DATA.resolve("pytest"));

      assertThat(namer.unitName(named(readAll(report), name), granularity))
          .as(family)
          .isEqualTo(unit);
    }
  }

  @Test
  void shouldFindPytestModulesOnDiskWhenClassNamesAreAmbiguous() throws Exception {
    Path repo = Files.createTempDirectory("pytest-repo");
    try {
      Files.createDirectories(repo.resolve("tests"));
      Files.writeString(repo.resolve("tests/test_math.py"), "");
      Path report = DATA.resolve("pytest/xunit2.xml");

      // On disk, "tests.test_math.TestOuter.TestInner" is still tests/test_math.py.
      assertThat(
              UnitNamer.of(ReportStyle.PYTEST, repo)
                  .unitName(named(readAll(report), "test_nested"), Granularity.FILE))
          .isEqualTo("tests/test_math.py");
    } finally {
      Files.deleteIfExists(repo.resolve("tests/test_math.py"));
      Files.deleteIfExists(repo.resolve("tests"));
      Files.deleteIfExists(repo);
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "with-file.xml|CLASS|src/__tests__/sum.test.js",
        "with-file.xml|TEST|src/__tests__/sum.test.js#sum with negatives adds -1 + -2",
        "suite-filepath.xml|FILE|src/__tests__/sum.test.js",
        "suite-filepath.xml|TEST|src/__tests__/sum.test.js#sum with negatives adds -1 + -2"
      })
  void shouldNameJestUnitsByFileWhenTheReporterWritesOne(
      String report, Granularity granularity, String unit) {
    Path file = DATA.resolve("jest").resolve(report);

    assertThat(
            UnitNamer.detecting(DATA.resolve("jest"))
                .unitName(named(readAll(file), "sum with negatives adds -1 + -2"), granularity))
        .isEqualTo(unit);
  }

  @ParameterizedTest
  @CsvSource({"jest, default.xml", "node, junit.xml"})
  void shouldNameNoUnitWhereTheReporterWritesNoFile(String tool, String report) {
    Path file = DATA.resolve(tool).resolve(report);
    UnitNamer namer = UnitNamer.detecting(DATA.resolve(tool));

    for (ReportedCase c : readAll(file)) {
      for (Granularity g : Granularity.values()) {
        assertThat(namer.unitName(c, g)).as(c.name() + " at " + g).isEmpty();
      }
    }
  }

  @Test
  void shouldNameMochaUnitsByTheFileOfTheirSuite() throws Exception {
    Path report = DATA.resolve("mocha/junit-reporter.xml");
    // The project's root where scripts/fixtures/generate.sh ran Mocha, as the report names it.
    Matcher m =
        Pattern.compile("file=\"([^\"]*)/test/math\\.spec\\.js\"")
            .matcher(Files.readString(report));
    assertThat(m.find()).isTrue();
    UnitNamer namer = UnitNamer.detecting(Path.of(m.group(1)));
    List<ReportedCase> cases = readAll(report);

    assertThat(namer.unitName(named(cases, "math division divides"), Granularity.FILE))
        .isEqualTo("test/math.spec.js");
    assertThat(namer.unitName(named(cases, "slow waits 200 ms"), Granularity.TEST))
        .isEqualTo("test/slow.spec.js#slow waits 200 ms");
    assertThat(namer.unitName(named(cases, "runs at the top level"), Granularity.FILE))
        .as("mocha-junit-reporter's Root Suite names no file: no unit is made up")
        .isEmpty();
  }

  @Test
  void shouldNameEveryMochaXunitCaseByItsFile() throws Exception {
    Path report = DATA.resolve("mocha/xunit.xml");
    Matcher m =
        Pattern.compile("file=\"([^\"]*)/test/slow\\.spec\\.js\"")
            .matcher(Files.readString(report));
    assertThat(m.find()).isTrue();
    UnitNamer namer = UnitNamer.detecting(Path.of(m.group(1)));

    assertThat(namer.unitName(named(readAll(report), "runs at the top level"), Granularity.FILE))
        .isEqualTo("test/slow.spec.js");
  }

  @Test
  void shouldKeepJestCasesWithEqualTitles() {
    List<ReportedCase> cases = readAll(DATA.resolve("jest/with-file.xml"));

    assertThat(cases).filteredOn(c -> c.name().equals(" same title")).hasSize(2);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "strings › concatenates|CLASS|math.spec.js",
        "strings › concatenates|TEST|math.spec.js#strings › concatenates",
        "has an annotation|FILE|annotated.spec.js"
      })
  void shouldNamePlaywrightUnitsBySuiteFile(String name, Granularity granularity, String unit) {
    Path root = DATA.resolve("playwright");

    assertThat(UnitNamer.detecting(root).unitName(named(readAll(root), name), granularity))
        .isEqualTo(unit);
  }

  @Test
  void shouldPrefixPlaywrightSuitesWithTheConfiguredTestDir(@TempDir Path repo) throws Exception {
    Files.writeString(
        repo.resolve("playwright.config.ts"),
        "export default defineConfig({\n  testDir: './e2e/specs',\n  retries: 1,\n});\n");
    Path report = DATA.resolve("playwright/results.xml");
    UnitNamer namer = UnitNamer.of(ReportStyle.PLAYWRIGHT, repo);
    ReportedCase concatenates = named(readAll(report), "strings › concatenates");

    assertThat(namer.unitName(concatenates, Granularity.FILE)).isEqualTo("e2e/specs/math.spec.js");
    assertThat(namer.unitName(concatenates, Granularity.TEST))
        .isEqualTo("e2e/specs/math.spec.js#strings › concatenates");
  }

  @Test
  void shouldKeepPlaywrightAnnotationsAndOutput() {
    ReportedCase annotated = named(readAll(DATA.resolve("playwright")), "has an annotation");

    assertThat(annotated.properties()).containsEntry("issue", "JIRA-123");
    assertThat(annotated.systemOut()).contains("output from playwright <with> & markup");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "TestAdd/empty_cart|CLASS|github.com/acme/shop/cart",
        "TestAdd/empty_cart|TEST|github.com/acme/shop/cart#TestAdd/empty_cart",
        "TestAdd/empty_cart|FILE|cart",
        "TestVersion|FILE|."
      })
  void shouldNameGoUnitsByPackage(String name, Granularity granularity, String unit) {
    Path root = DATA.resolve("go");

    assertThat(UnitNamer.detecting(root).unitName(named(readAll(root), name), granularity))
        .isEqualTo(unit);
  }
}
