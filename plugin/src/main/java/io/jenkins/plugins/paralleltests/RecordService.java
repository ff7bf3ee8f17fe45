package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.history.BuildStats;
import dev.paralleltests.core.history.BuildTimings;
import dev.paralleltests.core.history.BuildTimingsFile;
import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.plan.ShardPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * After the shards: attributes the build's test results to shards by their enclosing parallel
 * branch, judges each shard against the plan, and stores this build's timings for the next plan.
 */
final class RecordService {
  private RecordService() {}

  /**
   * Records the run.
   *
   * @param suites every suite of the build's junit result
   * @param statuses how each shard's body ended, by 1-based index
   * @param wallMillis how long the run took from plan to record
   * @return the verdict; the caller marks the build when it names problems
   */
  static ShardVerdict record(
      ShardPlan plan,
      String runName,
      List<SuiteRecord> suites,
      Map<Integer, ShardStatus> statuses,
      Path buildDir,
      String buildId,
      Instant now,
      long wallMillis)
      throws IOException {
    ShardAttribution attribution = ShardAttribution.of(runName, plan.shards().size(), suites);
    ShardVerdict verdict = ShardVerdict.judge(plan, runName, attribution, statuses);
    BuildTimings timings = JunitTimings.of(attribution.all());
    int tests = 0;
    int failed = 0;
    for (ShardVerdict.ShardReport report : verdict.shards()) {
      tests += report.tests();
      failed += report.failures();
    }
    BuildStats stats =
        BuildStats.none()
            .withShards(plan.shards().size())
            .withTests(tests)
            .withFailed(failed)
            .withWallMillis(Math.max(0, wallMillis))
            .withTestMillis(timings.totalMillis());
    Path timingsFile = BuildFiles.timings(buildDir, runName);
    BuildTimingsFile.write(timingsFile, RecordedBuild.of(buildId, now, timings, stats));
    List<String> missing = new ArrayList<>();
    for (ShardVerdict.ShardReport report : verdict.shards()) {
      missing.addAll(report.missingUnits());
    }
    if (!missing.isEmpty()) {
      Files.write(BuildFiles.missing(timingsFile, runName), missing, StandardCharsets.UTF_8);
    }
    return verdict;
  }
}
