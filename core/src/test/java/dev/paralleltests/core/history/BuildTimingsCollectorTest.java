package dev.paralleltests.core.history;

import static dev.paralleltests.core.history.Events.id;
import static dev.paralleltests.core.history.Events.passed;
import static dev.paralleltests.core.history.Events.suite;
import static dev.paralleltests.core.history.Events.testCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;

import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportLocation;
import dev.paralleltests.core.junit.ReportProblem;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class BuildTimingsCollectorTest {

  private final BuildTimingsCollector collector = BuildTimingsCollector.create();

  @Test
  void recordsEachTimedCaseAndTheSuiteTimeBeyondItsCasesForASingleClassSuite() {
    collector.onCase(passed("TEST-a.Foo.xml", "a.Foo", "a.Foo", "one", 100));
    collector.onCase(passed("TEST-a.Foo.xml", "a.Foo", "a.Foo", "two", 200));
    collector.onSuite(suite("TEST-a.Foo.xml", List.of("a.Foo"), 450, "a.Foo"));

    BuildTimings timings = collector.timings();

    assertThat(timings.caseMillis())
        .containsOnly(
            entry(id("a.Foo", "one", "a.Foo"), 100L), entry(id("a.Foo", "two", "a.Foo"), 200L));
    assertThat(timings.suiteExtraMillis()).containsOnly(entry(id("a.Foo", "", "a.Foo"), 150L));
    assertThat(timings.totalMillis()).as("the class costs its suite time").isEqualTo(450);
  }

  @Test
  void aSuiteCoveringSeveralClassesAddsNothingBeyondItsCases() {
    collector.onCase(passed("r.xml", "all", "a.Foo", "one", 100));
    collector.onCase(passed("r.xml", "all", "a.Bar", "two", 200));
    collector.onSuite(suite("r.xml", List.of("all"), 900, "a.Foo", "a.Bar"));

    assertThat(collector.timings().suiteExtraMillis()).isEmpty();
    assertThat(collector.timings().totalMillis()).isEqualTo(300);
  }

  @Test
  void skippedCasesAddNoSample() {
    collector.onCase(
        testCase(
            "r.xml", List.of("a.Foo"), "a.Foo", "off", "", OptionalLong.of(0), Outcome.SKIPPED));
    collector.onCase(passed("r.xml", "a.Foo", "a.Foo", "on", 40));
    collector.onSuite(suite("r.xml", List.of("a.Foo"), 50, "a.Foo"));

    assertThat(collector.timings().caseMillis()).containsOnlyKeys(id("a.Foo", "on", "a.Foo"));
    assertThat(collector.timings().suiteExtraMillis()).containsValue(10L);
  }

  @Test
  void aSuiteWhoseCasesWereAllSkippedAddsNoSampleAtAll() {
    collector.onCase(
        testCase(
            "r.xml", List.of("a.Foo"), "a.Foo", "off", "", OptionalLong.of(0), Outcome.SKIPPED));
    collector.onSuite(suite("r.xml", List.of("a.Foo"), 12, "a.Foo"));

    assertThat(collector.timings().isEmpty()).isTrue();
  }

  @Test
  void casesWithUnknownTimeAddNoSampleButTheirClassStillGetsItsSuiteTime() {
    collector.onCase(
        testCase(
            "r.xml", List.of("a.Foo"), "a.Foo", "nan", "", OptionalLong.empty(), Outcome.PASSED));
    collector.onCase(passed("r.xml", "a.Foo", "a.Foo", "ok", 30));
    collector.onSuite(suite("r.xml", List.of("a.Foo"), 100, "a.Foo"));

    assertThat(collector.timings().caseMillis()).containsOnlyKeys(id("a.Foo", "ok", "a.Foo"));
    assertThat(collector.timings().totalMillis()).isEqualTo(100);
  }

  @Test
  void aSuiteWithoutATimeAddsNothingBeyondItsCases() {
    collector.onCase(passed("r.xml", "a.Foo", "a.Foo", "ok", 30));
    collector.onSuite(suite("r.xml", List.of("a.Foo"), -1, "a.Foo"));

    assertThat(collector.timings().suiteExtraMillis()).isEmpty();
  }

  @Test
  void theSameCaseFromTwoShardsIsSummedWithinTheBuild() {
    collector.onCase(passed("shard-1/TEST-a.Foo.xml", "a.Foo", "a.Foo", "one", 100));
    collector.onSuite(suite("shard-1/TEST-a.Foo.xml", List.of("a.Foo"), 120, "a.Foo"));
    collector.onCase(passed("shard-2/TEST-a.Foo.xml", "a.Foo", "a.Foo", "one", 60));
    collector.onSuite(suite("shard-2/TEST-a.Foo.xml", List.of("a.Foo"), 70, "a.Foo"));

    assertThat(collector.timings().caseMillis())
        .containsOnly(entry(id("a.Foo", "one", "a.Foo"), 160L));
    assertThat(collector.timings().totalMillis()).isEqualTo(190);
  }

  @Test
  void anOuterSuiteWithNestedSuitesDoesNotCountItsTimeTwice() {
    // Jest style: a file suite holding a describe block, with one case of its own.
    String report = "junit.xml";
    collector.onCase(
        testCase(
            report,
            List.of("cart.test.js", "adds"),
            "cart",
            "one",
            "",
            OptionalLong.of(10),
            Outcome.PASSED));
    collector.onSuite(suite(report, List.of("cart.test.js", "adds"), 15, "cart"));
    collector.onCase(
        testCase(
            report,
            List.of("cart.test.js"),
            "cart",
            "two",
            "",
            OptionalLong.of(20),
            Outcome.PASSED));
    collector.onSuite(suite(report, List.of("cart.test.js"), 45, "cart"));

    assertThat(collector.timings().suiteExtraMillis())
        .containsOnly(entry(TestCaseId.basic("cart", "", "", List.of("cart.test.js", "adds")), 5L));
    assertThat(collector.timings().totalMillis()).isEqualTo(35);
  }

  @Test
  void aFileCutShortByAFatalProblemKeepsItsCasesButNoSuiteTime() {
    collector.onCase(passed("r.xml", "a.Foo", "a.Foo", "one", 100));
    collector.onProblem(
        new ReportProblem(ReportLocation.of(Path.of("r.xml"), 9), "truncated", true));
    // A later file reusing the same suite path must not inherit the lost file's cases.
    collector.onSuite(suite("r.xml", List.of("a.Foo"), 500, "a.Foo"));

    assertThat(collector.timings().caseMillis()).containsOnlyKeys(id("a.Foo", "one", "a.Foo"));
    assertThat(collector.timings().suiteExtraMillis()).isEmpty();
  }

  @Test
  void storesTheUnitNamesTheNamerGivesWithTheReportAtHand() {
    // A pytest-like namer: what a unit is depends on the runner, which only the report tells.
    BuildTimingsCollector named =
        BuildTimingsCollector.create(
            (c, granularity) ->
                switch (granularity) {
                  case FILE -> "tests/test_x.py";
                  case CLASS -> "tests/test_x.py::TestA";
                  case TEST -> "tests/test_x.py::TestA::" + c.name();
                });
    named.onCase(passed("r.xml", "pytest", "tests.test_x.TestA", "test_one", 100));
    named.onSuite(suite("r.xml", List.of("pytest"), 110, "tests.test_x.TestA"));

    assertThat(named.timings().caseMillis().keySet())
        .extracting(TestCaseId::classUnit, TestCaseId::fileUnit, TestCaseId::testUnit)
        .containsExactly(
            tuple("tests/test_x.py::TestA", "tests/test_x.py", "tests/test_x.py::TestA::test_one"));
    assertThat(named.timings().suiteExtraMillis().keySet())
        .extracting(TestCaseId::classUnit, TestCaseId::fileUnit, TestCaseId::testUnit)
        .containsExactly(tuple("tests/test_x.py::TestA", "tests/test_x.py", ""));
  }

  @Test
  void aNestedClassReportedInItsOuterClassSuiteLeavesTheSuiteToTheOuterClass() {
    // Surefire writes a JUnit 5 @Nested class's cases into the outer class's suite.
    collector.onCase(passed("r.xml", "a.Outer", "a.Outer", "one", 100));
    collector.onCase(passed("r.xml", "a.Outer", "a.Outer$Inner", "two", 100));
    collector.onSuite(suite("r.xml", List.of("a.Outer"), 1_000, "a.Outer", "a.Outer$Inner"));

    assertThat(collector.timings().suiteExtraMillis())
        .containsOnly(entry(TestCaseId.basic("a.Outer", "", "", List.of("a.Outer")), 800L));
  }
}
