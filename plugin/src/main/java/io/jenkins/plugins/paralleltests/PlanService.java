package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.history.BuildTimingsFile;
import dev.paralleltests.core.history.EstimateOptions;
import dev.paralleltests.core.history.Estimates;
import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.plan.CatchAllReserve;
import dev.paralleltests.core.plan.PlanExplanation;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plans one {@code parallelTests} run of a build, or reuses the plan of the build it was restarted
 * or replayed from, and stores the plan next to the build. Everything Jenkins-specific reaches it
 * through {@link TimingJob} and {@link JobDirectory}.
 */
final class PlanService {
  private PlanService() {}

  /**
   * A stored plan and how it came about.
   *
   * @param plan the plan
   * @param source one line for the build page: where the timings came from, or which build's plan
   *     was reused
   * @param reused whether the plan was copied from the original build
   * @param warnings what the build page and log must say about the plan: settings of a replay that
   *     the reused plan does not follow
   */
  record Planned(ShardPlan plan, String source, boolean reused, List<String> warnings) {
    Planned {
      warnings = List.copyOf(warnings);
    }

    Planned(ShardPlan plan, String source, boolean reused) {
      this(plan, source, reused, List.of());
    }

    /** True when no job gave timings: the first build of a job with nothing to borrow from. */
    boolean withoutHistory() {
      return !reused && source.equals(NO_HISTORY);
    }
  }

  static final String NO_HISTORY = "no timing history";

  /**
   * Plans, stores the plan in {@code <buildDir>/parallel-tests/} and writes the explanation to
   * {@code log}.
   *
   * @throws IOException when the plan cannot be stored
   * @throws IllegalStateException when this run already planned in this build (a second call with
   *     the same name)
   */
  static Planned plan(
      ResolvedSettings settings,
      Path buildDir,
      Optional<OriginalBuild> original,
      TimingJob own,
      String changeTarget,
      JobDirectory directory,
      PrintStream log)
      throws IOException {
    String runName = settings.name();
    Path planFile = BuildFiles.plan(buildDir, runName);
    if (Files.exists(planFile)) {
      throw new IllegalStateException(
          "parallelTests"
              + (runName.isEmpty() ? "" : " '" + runName + "'")
              + " already ran in this build; give each parallelTests call of a build its own"
              + " name: parallelTests(name: 'unit', ...)");
    }
    log.println("[parallelTests] settings:");
    for (String line : settings.describe().split("\n")) {
      log.println("[parallelTests] " + line.strip());
    }
    BuildPageFiles.writeSettings(buildDir, runName, settings.describe());

    if (original.isPresent()) {
      Path originalPlan = BuildFiles.plan(original.get().buildDir(), runName);
      if (Files.isRegularFile(originalPlan)) {
        ShardPlan plan = PlanJson.read(originalPlan);
        PlanJson.write(plan, planFile);
        String source = "plan reused from build " + original.get().description();
        log.println(
            "[parallelTests] " + source + ", so every shard runs exactly the tests it ran there");
        List<String> warnings =
            ReplayChanges.of(
                BuildPageFiles.readSettings(original.get().buildDir(), runName),
                settings.describe(),
                original.get().description());
        for (String warning : warnings) {
          log.println("[parallelTests] warning: " + warning);
        }
        explain(plan, log);
        return new Planned(plan, source, true, warnings);
      }
      log.println(
          "[parallelTests] build "
              + original.get().description()
              + " has no stored plan for this run; planning anew");
    }

    HistoryLookup lookup =
        HistoryLookup.find(
            own,
            runName,
            changeTarget,
            settings.referenceJob(),
            directory,
            settings.historyDepth().value());
    for (String line : lookup.log()) {
      log.println("[parallelTests] " + line);
    }
    TimingHistory history = load(lookup.builds(), runName, log);
    Granularity granularity = settings.granularity().value();
    EstimateOptions options = EstimateOptions.defaults();
    List<String> units = new ArrayList<>(history.knownUnits(granularity, options));
    dropMissing(units, lookup.builds(), runName, log);
    Estimates estimates = history.estimate(units, granularity, options);
    ShardPlan plan =
        ShardPlanner.plan(
            PlanRequest.of(estimates.units(), settings.shards())
                .withGranularity(granularity)
                // Tests new since the last build all land on the catch-all shard: keep room there
                // for what new tests took lately (the simulation in docs/performance.md: 1.34 x the
                // lower bound without this reserve, 1.06 with it, at 400 units on 8 shards).
                .withCatchAllReserve(CatchAllReserve.typicalNewWork(history, granularity)));
    PlanJson.write(plan, planFile);
    explain(plan, log);
    if (granularity != Granularity.FILE) {
      log.println(
          "[parallelTests] Maven: Surefire adds PARALLEL_TESTS_INCLUDES to a POM's own"
              + " <includes>; a POM that lists <includes> runs those tests in every shard");
    }
    String source =
        lookup
            .job()
            .map(j -> "timings from " + lookup.builds().size() + " build(s) of " + j.fullName())
            .orElse(NO_HISTORY);
    return new Planned(plan, source, false);
  }

  /**
   * The history of these builds: our own timings file where a build has one, else the junit
   * plugin's result. A file that cannot be read is reported and skipped; it never fails the build.
   */
  static TimingHistory load(List<TimingJob.TimingBuild> builds, String runName, PrintStream log) {
    List<RecordedBuild> recorded = new ArrayList<>();
    for (TimingJob.TimingBuild build : builds) {
      Optional<Path> file = build.timingsFile(runName);
      try {
        if (file.isPresent()) {
          RecordedBuild read = BuildTimingsFile.read(file.get());
          // The build's number is its ID, whatever the file says (a copied build directory).
          recorded.add(
              RecordedBuild.of(build.id(), read.recordedAt(), read.timings(), read.stats()));
          continue;
        }
      } catch (IOException | RuntimeException e) {
        log.println(
            "[parallelTests] warning: cannot read timings of build #"
                + build.id()
                + " ("
                + e.getMessage()
                + "); using its junit result instead");
      }
      if (!build.hasJunitResult()) {
        continue;
      }
      try {
        List<SuiteRecord> suites = JunitTimings.select(runName, build.junitSuites());
        recorded.add(RecordedBuild.of(build.id(), build.finishedAt(), JunitTimings.of(suites)));
      } catch (IOException | RuntimeException e) {
        log.println(
            "[parallelTests] warning: cannot read the junit result of build #"
                + build.id()
                + " ("
                + e.getMessage()
                + "); skipping it");
      }
    }
    return TimingHistory.of(recorded);
  }

  /**
   * Leaves out of the plan the units that the newest build was given but did not run: most often
   * deleted or renamed tests, which the history would otherwise plan (and report missing) until it
   * forgets them. Nothing is lost: a unit in no shard's list runs in the catch-all shard.
   */
  static void dropMissing(
      List<String> units, List<TimingJob.TimingBuild> builds, String runName, PrintStream log) {
    if (builds.isEmpty()) {
      return;
    }
    TimingJob.TimingBuild newest = builds.get(0);
    Optional<Path> timings = newest.timingsFile(runName);
    if (timings.isEmpty()) {
      return;
    }
    Path missingFile = BuildFiles.missing(timings.get(), runName);
    if (!Files.isRegularFile(missingFile)) {
      return;
    }
    try {
      List<String> missing = Files.readAllLines(missingFile, StandardCharsets.UTF_8);
      int before = units.size();
      units.removeAll(missing);
      if (units.size() < before) {
        log.println(
            "[parallelTests] "
                + (before - units.size())
                + " unit(s) did not run in build #"
                + newest.id()
                + " although planned (deleted or renamed?); they are left to the catch-all"
                + " shard, which runs them if they still exist");
      }
    } catch (IOException e) {
      log.println("[parallelTests] warning: cannot read " + missingFile + ": " + e.getMessage());
    }
  }

  private static void explain(ShardPlan plan, PrintStream log) {
    for (String line : PlanExplanation.of(plan).lines()) {
      log.println("[parallelTests] " + line);
    }
  }
}
