package dev.paralleltests.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.report.RunProblem;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Per-unit accounting on reports written by real runners (core/src/test/resources/RealReportsTest,
 * see its README): every planned unit a report mentions is matched, at each granularity and for
 * each runner's way of naming things, and the one planned unit no report mentions is named.
 */
class UnitAccountingTest {

  private static final Path DATA = Path.of("src/test/resources/RealReportsTest").toAbsolutePath();

  @TempDir Path dir;

  private RunSummary merge(String root, String reports, Granularity granularity, List<String> units)
      throws MergeException {
    ShardPlan plan =
        new ShardPlan(granularity, List.of(new Shard(1, units, false, 1_000)), 1_000, 1_000, 0, 0);
    MergeRequest request =
        MergeRequest.of(List.of(ShardInput.of(1, DATA.resolve(reports))), dir.resolve("m.xml"))
            .withPlan(plan)
            .withRepositoryRoot(DATA.resolve(root));
    return JUnitMerger.create().merge(request).summary();
  }

  @ParameterizedTest(name = "{0} at {2} granularity")
  @CsvSource(
      delimiter = '|',
      value = {
        // Surefire and Failsafe, two modules, nested classes folded into their outer class
        "maven | maven | class | com.example.calc.CalculatorTest com.example.calc.FlakyTest"
            + " com.example.web.ServerIT com.example.web.PageTest | com.example.calc.GoneTest",
        "maven | maven | file | mod-a/src/test/java/com/example/calc/CalculatorTest.java"
            + " mod-b/src/test/java/com/example/web/ServerIT.java"
            + " mod-b/src/test/java/com/example/web/PageTest.java"
            + " | mod-a/src/test/java/com/example/calc/GoneTest.java",
        // a parameterized method planned by name covers its reported cases
        "maven | maven | test | com.example.calc.CalculatorTest#adds"
            + " com.example.calc.CalculatorTest#addsMany"
            + " com.example.calc.CalculatorTest$WhenNegative#addsNegatives"
            + " | com.example.calc.CalculatorTest#removed",
        // pytest's default xunit2: no file attribute, dotted class names
        "pytest | pytest/xunit2.xml | class | tests/test_math.py::TestMath"
            + " tests/test_math.py::TestOuter tests/unit/test_strings.py"
            + " | tests/test_gone.py::TestGone",
        "pytest | pytest/xunit2.xml | file | tests/test_math.py tests/unit/test_strings.py"
            + " | tests/test_gone.py",
        "pytest | pytest/xunit2.xml | test | tests/test_math.py::TestMath::test_adds"
            + " tests/test_math.py::TestMath::test_param[1-1-2] tests/unit/test_strings.py::test_upper"
            + " | tests/test_math.py::TestMath::test_gone",
        // pytest's xunit1: file attributes
        "pytest | pytest/xunit1.xml | file | tests/test_math.py tests/unit/test_strings.py"
            + " | tests/unit/test_gone.py",
        // jest-junit with addFileAttribute; a planned path as the user wrote it (./)
        "jest | jest/with-file.xml | file | ./src/__tests__/sum.test.js"
            + " src/__tests__/same-title.test.js | src/__tests__/gone.test.js",
        // go-junit-report: packages, their directories, package#Test
        "go | go/report.xml | class | github.com/acme/shop github.com/acme/shop/cart"
            + " | github.com/acme/shop/gone",
        "go | go/report.xml | file | . cart | gone",
        "go | go/report.xml | test | github.com/acme/shop/cart#TestAdd"
            + " github.com/acme/shop/cart#TestAdd/empty_cart | github.com/acme/shop/cart#TestGone",
      })
  void namesExactlyThePlannedUnitNoReportMentions(
      String root, String reports, String granularity, String reported, String gone)
      throws Exception {
    List<String> units = new ArrayList<>(Arrays.asList(reported.strip().split(" +")));
    units.add(1, gone.strip());

    RunSummary summary = merge(root, reports, Granularity.parse(granularity), units);

    assertThat(summary.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(RunProblem.Kind.UNITS_MISSING);
              assertThat(p.shard()).isEqualTo(1);
              assertThat(p.units()).containsExactly(gone.strip());
              assertThat(p.message())
                  .isEqualTo(
                      "shard 1: 1 of "
                          + units.size()
                          + " planned units never reported: "
                          + gone.strip());
            });
    assertThat(summary.missingUnits()).containsExactly(gone.strip());
    assertThat(summary.status()).isEqualTo(RunSummary.Status.ERROR);
    assertThat(summary.isErrorFromLostTests()).isTrue();
  }

  @Test
  void aRunWhoseReportsMentionEveryPlannedUnitHasNoProblem() throws Exception {
    RunSummary summary =
        merge(
            "pytest",
            "pytest/xunit2.xml",
            Granularity.FILE,
            List.of("tests/test_math.py", "tests/unit/test_strings.py"));

    assertThat(summary.problems()).isEmpty();
    assertThat(summary.status()).isEqualTo(RunSummary.Status.FAILED); // its tests fail
  }

  @Test
  void reportsWhoseNamesFitNoPlannedUnitGiveAWarningNotAFalseRed() throws Exception {
    // jest-junit's defaults write no file name (the suite is "undefined"): file units cannot be
    // told from these reports, and calling every unit missing would fail a run that ran them all.
    RunSummary summary =
        merge(
            "jest",
            "jest/default.xml",
            Granularity.FILE,
            List.of("src/__tests__/sum.test.js", "src/__tests__/same-title.test.js"));

    assertThat(summary.problems()).isEmpty();
    assertThat(summary.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith("no planned unit could be found in the reports")
                    .contains("src/__tests__/sum.test.js"));
  }

  @Test
  void reportsThatNameNoFileAreSaidToNameNoneNotToComeFromAnotherRoot() throws Exception {
    // Node's junit reporter names no file at all: merging from another directory cannot help.
    RunSummary summary =
        merge("node", "node/junit.xml", Granularity.FILE, List.of("test/math.test.js"));

    assertThat(summary.problems()).isEmpty();
    assertThat(summary.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .contains("which name no file", "test/math.test.js")
                    .doesNotContain("repository root"));
  }

  @Test
  void aPlannedFileIsFoundWhenTheReportNamesItFromASubDirectory() throws Exception {
    // Jest ran inside packages/web and wrote paths relative to it; the plan names them from the
    // repository root.
    RunSummary summary =
        merge(
            "jest",
            "jest/with-file.xml",
            Granularity.FILE,
            List.of(
                "packages/web/src/__tests__/sum.test.js",
                "packages/web/src/__tests__/same-title.test.js",
                "packages/web/src/__tests__/gone.test.js"));

    assertThat(summary.missingUnits()).containsExactly("packages/web/src/__tests__/gone.test.js");
  }

  @Test
  void unitsOfAMissingShardAreNotCountedTwice() throws Exception {
    ShardPlan plan =
        new ShardPlan(
            Granularity.CLASS,
            List.of(
                new Shard(1, List.of("com.example.calc.CalculatorTest"), false, 1),
                new Shard(2, List.of("com.example.calc.OtherTest"), false, 1)),
            1,
            1,
            0,
            0);
    MergeRequest request =
        MergeRequest.of(List.of(ShardInput.of(1, DATA.resolve("maven"))), dir.resolve("m.xml"))
            .withPlan(plan)
            .withRepositoryRoot(DATA.resolve("maven"));

    RunSummary summary = JUnitMerger.create().merge(request).summary();

    assertThat(summary.problems())
        .extracting(RunProblem::kind)
        .containsExactly(RunProblem.Kind.SHARD_MISSING);
  }

  @Test
  void aShardWhoseRunnerIgnoredItsSelectionMakesTheRunAnErrorNamingTheUnitsItRanTwice()
      throws Exception {
    // The same Surefire reports in both shards: each runner ran the whole suite, not its part.
    ShardPlan plan =
        new ShardPlan(
            Granularity.CLASS,
            List.of(
                new Shard(
                    1,
                    List.of("com.example.calc.CalculatorTest", "com.example.calc.FlakyTest"),
                    false,
                    1),
                new Shard(
                    2, List.of("com.example.web.ServerIT", "com.example.web.PageTest"), false, 1)),
            1,
            1,
            0,
            0);
    MergeRequest request =
        MergeRequest.of(
                List.of(
                    ShardInput.of(1, DATA.resolve("maven")),
                    ShardInput.of(2, DATA.resolve("maven"))),
                dir.resolve("m.xml"))
            .withPlan(plan)
            .withRepositoryRoot(DATA.resolve("maven"));

    RunSummary summary = JUnitMerger.create().merge(request).summary();

    assertThat(summary.problems())
        .extracting(RunProblem::kind, RunProblem::shard)
        .containsExactly(
            tuple(RunProblem.Kind.UNITS_OUTSIDE_SELECTION, 1),
            tuple(RunProblem.Kind.UNITS_OUTSIDE_SELECTION, 2));
    assertThat(summary.problems().get(0).message())
        .startsWith("shard 1: ran 2 units planned for other shards, which ran them too")
        .endsWith(": com.example.web.ServerIT, com.example.web.PageTest");
    assertThat(summary.problems().get(1).message())
        .endsWith(": com.example.calc.CalculatorTest, com.example.calc.FlakyTest");
    assertThat(summary.status()).isEqualTo(RunSummary.Status.ERROR);
    assertThat(summary.isErrorFromLostTests()).isFalse();
  }
}
