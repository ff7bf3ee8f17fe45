package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.Granularity;
import io.jenkins.plugins.paralleltests.HistoryLookupTest.FakeBuild;
import io.jenkins.plugins.paralleltests.HistoryLookupTest.FakeDirectory;
import io.jenkins.plugins.paralleltests.HistoryLookupTest.FakeJob;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanServiceTest {

  @TempDir Path home;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final PrintStream log = new PrintStream(out, true, StandardCharsets.UTF_8);
  private final FakeDirectory directory = new FakeDirectory();

  @Test
  void shouldPlanFromTheJunitResultsOfEarlierBuildsAndStoreThePlanNextToTheBuild()
      throws IOException {
    FakeJob job = jobWithJunitBuilds("p", 2, classes(8));
    Path build = home.resolve("p/3");

    PlanService.Planned planned = plan(settings("2", ""), build, Optional.empty(), job);

    assertThat(planned.reused()).isFalse();
    assertThat(planned.plan().shards()).hasSize(2);
    assertThat(planned.plan().allUnits()).hasSize(8);
    assertThat(PlanJson.read(build.resolve("parallel-tests/plan.json"))).isEqualTo(planned.plan());
    assertThat(planned.source()).isEqualTo("timings from 2 build(s) of p");
    assertThat(log())
        .contains("[parallelTests] shards = 2 (step parameter)")
        .contains("[parallelTests] timings from this job 'p': 2 build(s), newest #2");
  }

  @Test
  void shouldStoreANamedRunsPlanInItsOwnFile() throws IOException {
    FakeJob job = jobWithJunitBuilds("p", 1, classes(4));
    Path build = home.resolve("p/2");

    plan(settings("2", "unit"), build, Optional.empty(), job);

    assertThat(build.resolve("parallel-tests/plan-unit.json")).isRegularFile();
    assertThat(build.resolve("parallel-tests/plan.json")).doesNotExist();
  }

  @Test
  void shouldReuseTheOriginalBuildsPlanWhenRestartedSoShardsRunTheSameTests() throws IOException {
    Path original = home.resolve("p/5");
    ShardPlan stored =
        new ShardPlan(
            Granularity.CLASS,
            List.of(
                new Shard(1, List.of("x.X"), true, 10), new Shard(2, List.of("y.Y"), false, 10)),
            10,
            10,
            2,
            0);
    PlanJson.write(stored, BuildFiles.plan(original, ""));
    // History that would give a different plan if it were used.
    FakeJob job = jobWithJunitBuilds("p", 4, classes(9));
    Path build = home.resolve("p/6");

    PlanService.Planned planned =
        plan(
            settings("3", ""),
            build,
            Optional.of(new OriginalBuild("#5 (restarted from a stage)", original)),
            job);

    assertThat(planned.reused()).isTrue();
    assertThat(planned.plan()).isEqualTo(stored);
    assertThat(PlanJson.read(BuildFiles.plan(build, ""))).isEqualTo(stored);
    assertThat(log()).contains("plan reused from build #5 (restarted from a stage)");
  }

  @Test
  void shouldPlanAnewWhenTheOriginalBuildHasNoPlanForThisRun() throws IOException {
    Path original = home.resolve("p/5");
    PlanJson.write(
        new ShardPlan(Granularity.CLASS, List.of(new Shard(1, List.of(), true, 0)), 0, 0, 0, 0),
        BuildFiles.plan(original, "other"));
    FakeJob job = jobWithJunitBuilds("p", 1, classes(4));

    PlanService.Planned planned =
        plan(
            settings("2", ""),
            home.resolve("p/6"),
            Optional.of(new OriginalBuild("#5 (replayed)", original)),
            job);

    assertThat(planned.reused()).isFalse();
    assertThat(planned.plan().allUnits()).hasSize(4);
    assertThat(log())
        .contains("build #5 (replayed) has no stored plan for this run; planning anew");
  }

  @Test
  void shouldRefuseToPlanTheSameRunTwiceInOneBuild() throws IOException {
    FakeJob job = jobWithJunitBuilds("p", 1, classes(4));
    Path build = home.resolve("p/2");
    plan(settings("2", "unit"), build, Optional.empty(), job);

    assertThatThrownBy(() -> plan(settings("2", "unit"), build, Optional.empty(), job))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("parallelTests 'unit' already ran in this build");
  }

  @Test
  void shouldRunEverythingInOneCatchAllShardWithoutAnyHistory() throws IOException {
    FakeJob job = directory.add("new", 0);

    PlanService.Planned planned =
        plan(settings("4", ""), home.resolve("new/1"), Optional.empty(), job);

    assertThat(planned.plan().shards())
        .singleElement()
        .satisfies(s -> assertThat(s.catchAll()).isTrue());
    assertThat(planned.source()).isEqualTo("no timing history");
    assertThat(ShardFiles.files(planned.plan(), "", 1))
        .filteredOn(f -> f.variable().equals("PARALLEL_TESTS_EXCLUDES"))
        .singleElement()
        .satisfies(f -> assertThat(f.text()).isEqualTo("**/*$*\n"));
  }

  @Test
  void shouldPreferOurOwnTimingsFileOverTheJunitResult() throws IOException {
    Path recorded = home.resolve("p/1");
    ShardPlan earlier =
        new ShardPlan(
            Granularity.CLASS, List.of(new Shard(1, List.of("a.Slow"), true, 1)), 1, 1, 1, 0);
    RecordService.record(
        earlier,
        "",
        List.of(timed("a.Slow", 42_000, "shard 1/1")),
        Map.of(1, ShardStatus.SUCCESS),
        recorded,
        "1",
        Instant.parse("2026-01-01T00:00:00Z"),
        50_000);
    // The junit result says otherwise; our file must win.
    FakeBuild build =
        new FakeBuild("1", BuildFiles.timings(recorded, ""), List.of(timed("a.Slow", 1, "x")));

    TimingHistory history = PlanService.load(List.of(build), "", log);

    assertThat(history.estimate(List.of("a.Slow"), Granularity.CLASS, defaults()).units())
        .singleElement()
        .satisfies(e -> assertThat(e.millis()).isEqualTo(42_000));
  }

  @Test
  void shouldFallBackToTheJunitResultWhenOurFileCannotBeRead() throws IOException {
    Path broken = home.resolve("p/1/parallel-tests/timings.tsv");
    Files.createDirectories(broken.getParent());
    Files.writeString(broken, "not a timings file\n");
    FakeBuild build = new FakeBuild("1", broken, List.of(timed("a.A", 3_000, "shard 1/2")));

    TimingHistory history = PlanService.load(List.of(withJunit(build)), "", log);

    assertThat(log()).contains("warning: cannot read timings of build #1");
    assertThat(history.knownUnits(Granularity.CLASS, defaults())).containsExactly("a.A");
  }

  @Test
  void shouldLeaveUnitsThatDidNotRunLastTimeToTheCatchAllShard() throws IOException {
    Path recorded = home.resolve("p/1");
    ShardPlan earlier =
        new ShardPlan(
            Granularity.CLASS,
            List.of(
                new Shard(1, List.of("a.A"), true, 1),
                new Shard(2, List.of("b.Deleted", "c.C"), false, 1)),
            1,
            1,
            3,
            0);
    RecordService.record(
        earlier,
        "",
        List.of(timed("a.A", 2_000, "shard 1/2"), timed("c.C", 2_000, "shard 2/2")),
        Map.of(1, ShardStatus.SUCCESS, 2, ShardStatus.SUCCESS),
        recorded,
        "1",
        Instant.parse("2026-01-01T00:00:00Z"),
        5_000);
    FakeBuild older =
        new FakeBuild("0", null, List.of(timed("b.Deleted", 9_000, "x"), timed("a.A", 2_000, "x")));
    FakeJob job = directory.add("p", 0);
    job.builds.add(new FakeBuild("1", BuildFiles.timings(recorded, ""), List.of()));
    job.builds.add(older);

    PlanService.Planned planned =
        plan(settings("2", ""), home.resolve("p/2"), Optional.empty(), job);

    assertThat(BuildFiles.missing(BuildFiles.timings(recorded, ""), "")).hasContent("b.Deleted");
    assertThat(planned.plan().allUnits()).containsExactlyInAnyOrder("a.A", "c.C");
    assertThat(log()).contains("1 unit(s) did not run in build #1 although planned");
  }

  @Test
  void shouldKeepRoomOnTheCatchAllShardForTheTestsThatAreNewInEachBuild() throws IOException {
    FakeJob job = directory.add("p", 0);
    // Every build so far brought one new 4 s class; the next one probably will too, and new
    // classes run on the catch-all shard, which the plan therefore loads less.
    for (int n = 4; n >= 1; n--) {
      List<SuiteRecord> suites = new ArrayList<>(classes(8));
      for (int k = 2; k <= n; k++) {
        suites.add(timed("com.example.New" + k, 4_000, "Test"));
      }
      job.builds.add(new FakeBuild(Integer.toString(n), null, suites));
    }

    ShardPlan plan = plan(settings("2", ""), home.resolve("p/5"), Optional.empty(), job).plan();

    Shard catchAll = plan.catchAllShard().orElseThrow();
    long assigned =
        catchAll.units().stream().mapToLong(u -> plan.estimates().get(u).millis()).sum();
    assertThat(catchAll.predictedMillis()).isGreaterThanOrEqualTo(assigned + 4_000);
  }

  @Test
  void shouldTakeOnlyANamedRunsSuitesFromJunitResults() {
    FakeBuild build =
        new FakeBuild(
            "1", null, List.of(timed("u.Unit", 1_000, "unit 1/2"), timed("i.It", 1_000, "it 1/1")));

    TimingHistory history = PlanService.load(List.of(build), "it", log);

    assertThat(history.knownUnits(Granularity.CLASS, defaults())).containsExactly("i.It");
  }

  // ---- helpers ----

  @Test
  void shouldWarnWhenAReplayAsksForSettingsTheReusedPlanDoesNotFollow() throws IOException {
    Path original = home.resolve("p/5");
    ShardPlan stored =
        new ShardPlan(
            Granularity.CLASS,
            List.of(
                new Shard(1, List.of("x.X"), true, 10), new Shard(2, List.of("y.Y"), false, 10)),
            10,
            10,
            2,
            0);
    PlanJson.write(stored, BuildFiles.plan(original, ""));
    BuildPageFiles.writeSettings(original, "", settings("2", "").describe());
    FakeJob job = jobWithJunitBuilds("p", 4, classes(9));

    PlanService.Planned planned =
        plan(
            settings("4", ""),
            home.resolve("p/6"),
            Optional.of(new OriginalBuild("#5 (replayed)", original)),
            job);

    assertThat(planned.plan()).isEqualTo(stored);
    assertThat(planned.warnings())
        .containsExactly(
            "shards is 4 in this build, but the plan reused from build #5 (replayed) was made"
                + " with 2: this build keeps that plan; start a new build (not a replay or"
                + " restart) to plan with shards = 4");
    assertThat(log()).contains("[parallelTests] warning: shards is 4 in this build");
  }

  @Test
  void shouldNotWarnWhenAReplayKeepsTheSettings() throws IOException {
    Path original = home.resolve("p/5");
    PlanJson.write(
        new ShardPlan(
            Granularity.CLASS, List.of(new Shard(1, List.of("x.X"), true, 10)), 10, 10, 1, 0),
        BuildFiles.plan(original, ""));
    BuildPageFiles.writeSettings(original, "", settings("1", "").describe());

    PlanService.Planned planned =
        plan(
            settings("1", ""),
            home.resolve("p/6"),
            Optional.of(new OriginalBuild("#5 (replayed)", original)),
            jobWithJunitBuilds("p", 1, classes(2)));

    assertThat(planned.warnings()).isEmpty();
  }

  private PlanService.Planned plan(
      ResolvedSettings settings, Path build, Optional<OriginalBuild> original, FakeJob job)
      throws IOException {
    return PlanService.plan(settings, build, original, job, "", directory, log);
  }

  private static ResolvedSettings settings(String shards, String name) {
    return ResolvedSettings.resolve(
        StepParameters.none().withShards(shards).withName(name), GlobalDefaults.none());
  }

  private FakeJob jobWithJunitBuilds(String name, int builds, List<SuiteRecord> suites) {
    FakeJob job = directory.add(name, 0);
    for (int n = builds; n >= 1; n--) {
      job.builds.add(new FakeBuild(Integer.toString(n), null, suites));
    }
    return job;
  }

  private static List<SuiteRecord> classes(int count) {
    List<SuiteRecord> suites = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      suites.add(timed("com.example.Test" + i, i * 1_000L, "Test"));
    }
    return suites;
  }

  private static SuiteRecord timed(String className, long millis, String block) {
    return new SuiteRecord(
        className,
        millis,
        List.of(block),
        List.of(new SuiteRecord.CaseRecord(className, "works", millis, false, false)));
  }

  /** A build whose own file is present but broken, and which also has a junit result. */
  private static TimingJob.TimingBuild withJunit(FakeBuild build) {
    return new TimingJob.TimingBuild() {
      @Override
      public String id() {
        return build.id();
      }

      @Override
      public Instant finishedAt() {
        return build.finishedAt();
      }

      @Override
      public Optional<Path> timingsFile(String runName) {
        return build.timingsFile(runName);
      }

      @Override
      public boolean hasJunitResult() {
        return true;
      }

      @Override
      public List<SuiteRecord> junitSuites() {
        return build.junitSuites();
      }
    };
  }

  private static dev.paralleltests.core.history.EstimateOptions defaults() {
    return dev.paralleltests.core.history.EstimateOptions.defaults();
  }

  private String log() {
    return out.toString(StandardCharsets.UTF_8);
  }
}
