package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.queue.QueueVerdict;
import dev.paralleltests.core.report.RunProblem;
import dev.paralleltests.core.unit.Granularity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardVerdictTest {

  private static final ShardPlan PLAN =
      new ShardPlan(
          Granularity.CLASS,
          List.of(
              new Shard(1, List.of("a.A"), true, 1000),
              new Shard(2, List.of("b.B", "c.C"), false, 1200),
              new Shard(3, List.of("d.D"), false, 900)),
          1000,
          1200,
          4,
          0);

  private static final Map<Integer, ShardStatus> ALL_OK =
      Map.of(1, ShardStatus.SUCCESS, 2, ShardStatus.SUCCESS, 3, ShardStatus.SUCCESS);

  @Test
  void shouldAttributeSuitesToShardsByTheirEnclosingBranch() {
    ShardAttribution attribution =
        ShardAttribution.of(
            "",
            3,
            List.of(
                suite("a.A", "shard 1/3", "Test"),
                suite("b.B", "shard 2/3", "Test"),
                suite("x.X", "Lint"),
                suite("z.Z", "unit 2/3")));

    assertThat(attribution.suites(1)).extracting(SuiteRecord::name).containsExactly("a.A");
    assertThat(attribution.suites(2)).extracting(SuiteRecord::name).containsExactly("b.B");
    assertThat(attribution.suites(3)).isEmpty();
    assertThat(attribution.outside()).isEqualTo(2);
  }

  @Test
  void shouldAttributeANamedRunsSuitesByItsOwnBranchNames() {
    ShardAttribution attribution =
        ShardAttribution.of(
            "it", 2, List.of(suite("a.A", "shard 1/2"), suite("b.B", "it 2/2", "Integration")));

    assertThat(attribution.suites(2)).extracting(SuiteRecord::name).containsExactly("b.B");
    assertThat(attribution.suites(1)).isEmpty();
  }

  @Test
  void shouldAddTheQueuesProblemsToShardsThatRanWhatTheyClaimed() {
    RunProblem lostTwice =
        new RunProblem(
            RunProblem.Kind.UNITS_MISSING,
            2,
            "1 unit never ran, lost twice: shard 1 lost batch 1; shard 2 lost batch 3: e.E",
            List.of("e.E"));

    ShardVerdict verdict =
        judge(all(), ALL_OK)
            .withQueueProblems(new QueueVerdict(List.of(lostTwice), List.of("a note")));

    assertThat(verdict.problems()).containsExactly(lostTwice);
    assertThat(verdict.warnings()).isEmpty();
  }

  @Test
  void shouldStayCleanWhenTheQueueRanEverything() {
    ShardVerdict clean = judge(all(), ALL_OK);

    assertThat(clean.withQueueProblems(new QueueVerdict(List.of(), List.of("a note"))))
        .isSameAs(clean);
  }

  @Test
  void shouldFindNothingWrongWhenEveryShardRanItsUnits() {
    ShardVerdict verdict = judge(all(), ALL_OK);

    assertThat(verdict.problemMessages()).isEmpty();
    assertThat(verdict.warnings()).isEmpty();
    assertThat(verdict.shards())
        .extracting(ShardVerdict.ShardReport::tests)
        .containsExactly(1, 2, 1);
    assertThat(verdict.shards().get(1).testMillis()).isEqualTo(2000);
    assertThat(verdict.shards().get(1).plannedMillis()).isEqualTo(1200);
  }

  @Test
  void shouldNameAShardThatProducedNoResults() {
    ShardVerdict verdict =
        judge(
            List.of(
                suite("a.A", "shard 1/3"), suite("b.B", "shard 2/3"), suite("c.C", "shard 2/3")),
            Map.of(1, ShardStatus.SUCCESS, 2, ShardStatus.SUCCESS, 3, ShardStatus.FAILED));

    assertThat(verdict.problemMessages())
        .containsExactly("shard 3/3 produced no test results (its body failed)");
  }

  @Test
  void shouldNameAShardThatProducedFewerResultsThanPlanned() {
    ShardVerdict verdict =
        judge(
            List.of(
                suite("a.A", "shard 1/3"), suite("b.B", "shard 2/3"), suite("d.D", "shard 3/3")),
            ALL_OK);

    assertThat(verdict.problemMessages())
        .containsExactly(
            "shard 2/3 produced fewer results than planned: 1 of 2 planned units missing, e.g."
                + " c.C");
    assertThat(verdict.shards().get(1).missingUnits()).containsExactly("c.C");
  }

  @Test
  void shouldNotBlameAQueueShardThatWasGivenNothingToRun() {
    // Queue mode, judged by QueueService.planAsRun: shard 2 ran every unit; shard 1 came late and
    // got only the catch-all batch, which found no test the plan does not list; shard 3 came
    // when the queue was drained. Neither produced results, and neither was given a unit.
    ShardPlan asRun =
        new ShardPlan(
            Granularity.CLASS,
            List.of(
                new Shard(1, List.of(), true, 0),
                new Shard(2, List.of("a.A", "b.B"), false, 2000),
                new Shard(3, List.of(), false, 0)),
            1000,
            1200,
            2,
            0);

    ShardVerdict verdict =
        ShardVerdict.judge(
            asRun,
            "",
            ShardAttribution.of(
                "", 3, List.of(suite("a.A", "shard 2/3"), suite("b.B", "shard 2/3"))),
            ALL_OK);

    assertThat(verdict.problemMessages()).isEmpty();
    assertThat(verdict.shards())
        .extracting(ShardVerdict.ShardReport::tests)
        .containsExactly(0, 2, 0);
  }

  @Test
  void shouldReportAShardEndedByItsTimeoutEvenWithResults() {
    ShardVerdict verdict =
        judge(
            all(),
            Map.of(1, ShardStatus.SUCCESS, 2, ShardStatus.TIMED_OUT, 3, ShardStatus.SUCCESS));

    assertThat(verdict.problemMessages()).containsExactly("shard 2/3 ended by its timeout");
  }

  @Test
  void shouldCountAShardWithoutMarkerAsNeverStarted() {
    ShardVerdict verdict =
        judge(List.of(suite("a.A", "shard 1/3")), Map.of(1, ShardStatus.SUCCESS));

    assertThat(verdict.shards().get(2).status()).isEqualTo(ShardStatus.NOT_STARTED);
    assertThat(verdict.problemMessages())
        .contains("shard 3/3 produced no test results (never started)");
  }

  @Test
  void shouldMakeAUnitThatRanInTwoShardsAProblemOfTheShardNotGivenIt() {
    List<SuiteRecord> suites = new java.util.ArrayList<>();
    suites.add(suite("b.B", "shard 3/3")); // reported first by the shard that was not given it
    suites.addAll(all());

    ShardVerdict verdict = judge(suites, ALL_OK);

    assertThat(verdict.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(RunProblem.Kind.UNITS_OUTSIDE_SELECTION);
              assertThat(p.shard()).isEqualTo(3);
              assertThat(p.message())
                  .startsWith("shard 3/3 ran 1 unit that shard 2/3 ran too, so they ran twice")
                  .contains("<includes>", "PARALLEL_TESTS_INCLUDES")
                  .endsWith("e.g. b.B");
            });
    assertThat(verdict.warnings()).isEmpty();
  }

  @Test
  void shouldFoldNestedClassesIntoTheirTopLevelUnit() {
    List<SuiteRecord> suites =
        List.of(
            suite("a.A", "shard 1/3"),
            suite("b.B$Nested", "shard 2/3"),
            suite("c.C", "shard 2/3"),
            suite("d.D", "shard 3/3"));

    assertThat(judge(suites, ALL_OK).problems()).isEmpty();
  }

  @Test
  void shouldGiveTheCoresKindAndTheUnitsOfAShardThatRanShort() {
    ShardVerdict verdict =
        judge(
            List.of(
                suite("a.A", "shard 1/3"), suite("b.B", "shard 2/3"), suite("d.D", "shard 3/3")),
            ALL_OK);

    assertThat(verdict.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.kind()).isEqualTo(RunProblem.Kind.UNITS_MISSING);
              assertThat(p.shard()).isEqualTo(2);
              assertThat(p.units()).containsExactly("c.C");
            });
  }

  private static final ShardPlan FILE_PLAN =
      new ShardPlan(
          Granularity.FILE,
          List.of(
              new Shard(1, List.of("mod/src/test/java/a/A.java"), false, 1000),
              new Shard(
                  2,
                  List.of("mod/src/test/java/b/B.java", "mod/src/test/java/c/C.java"),
                  false,
                  1000)),
          1000,
          1000,
          3,
          0);

  @Test
  void shouldNameAPlannedJavaFileNoResultMentions() {
    ShardVerdict verdict =
        ShardVerdict.judge(
            FILE_PLAN,
            "",
            ShardAttribution.of(
                "", 2, List.of(suite("a.A", "shard 1/2"), suite("b.B$Inner", "shard 2/2"))),
            Map.of(1, ShardStatus.SUCCESS, 2, ShardStatus.SUCCESS));

    assertThat(verdict.shards().get(1).missingUnits())
        .containsExactly("mod/src/test/java/c/C.java");
    assertThat(verdict.problems())
        .extracting(RunProblem::kind)
        .containsExactly(RunProblem.Kind.UNITS_MISSING);
  }

  @Test
  void shouldNameAPlannedPytestFileFromDottedClassNames() {
    // pytest's default xunit2 report: suite "pytest", classname the dotted module (and class)
    SuiteRecord pytest =
        new SuiteRecord(
            "pytest",
            1000,
            List.of("shard 1/1"),
            List.of(
                new SuiteRecord.CaseRecord(
                    "tests.test_math.TestMath", "test_adds", 1, false, false),
                new SuiteRecord.CaseRecord(
                    "tests.unit.test_strings", "test_upper", 1, false, false)));
    ShardPlan plan =
        new ShardPlan(
            Granularity.FILE,
            List.of(
                new Shard(
                    1,
                    List.of(
                        "tests/test_math.py", "tests/test_gone.py", "tests/unit/test_strings.py"),
                    false,
                    1)),
            1,
            1,
            3,
            0);

    ShardVerdict verdict =
        ShardVerdict.judge(
            plan, "", ShardAttribution.of("", 1, List.of(pytest)), Map.of(1, ShardStatus.SUCCESS));

    assertThat(verdict.shards().get(0).missingUnits()).containsExactly("tests/test_gone.py");
  }

  @Test
  void shouldWarnInsteadOfMarkingTheBuildWhenNoPlannedUnitFitsTheResults() {
    // jest-junit's defaults: every suite is "undefined", classnames are describe titles
    SuiteRecord jest =
        new SuiteRecord(
            "undefined",
            1000,
            List.of("shard 1/2"),
            List.of(
                new SuiteRecord.CaseRecord("sum adds 1 + 2", "sum adds 1 + 2", 1, false, false)));
    ShardVerdict verdict =
        ShardVerdict.judge(
            FILE_PLAN,
            "",
            ShardAttribution.of("", 2, List.of(jest, suite("x.Y", "shard 2/2"))),
            Map.of(1, ShardStatus.SUCCESS, 2, ShardStatus.SUCCESS));

    assertThat(verdict.problems()).isEmpty();
    assertThat(verdict.warnings()).anyMatch(w -> w.startsWith("no planned unit could be found"));
  }

  private static ShardVerdict judge(List<SuiteRecord> suites, Map<Integer, ShardStatus> statuses) {
    return ShardVerdict.judge(PLAN, "", ShardAttribution.of("", 3, suites), statuses);
  }

  private static List<SuiteRecord> all() {
    return List.of(
        suite("a.A", "shard 1/3"),
        suite("b.B", "shard 2/3"),
        suite("c.C", "shard 2/3"),
        suite("d.D", "shard 3/3"));
  }

  static SuiteRecord suite(String className, String... blocks) {
    return new SuiteRecord(
        className,
        1000,
        List.of(blocks),
        List.of(new SuiteRecord.CaseRecord(className, "works", 900, false, false)));
  }
}
