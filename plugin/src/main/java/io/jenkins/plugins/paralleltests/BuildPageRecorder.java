package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.ShardPlan;
import hudson.model.Run;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The recording step's hand-off to the build pages: writes the run's summary and trend point next
 * to the build. A failure here is logged and never changes the build's result: the pages are a
 * view, the verdict is already made.
 */
final class BuildPageRecorder {
  private BuildPageRecorder() {}

  static void write(
      Run<?, ?> run,
      ParallelTestsRunAction action,
      ShardPlan plan,
      ShardVerdict verdict,
      PrintStream log) {
    try {
      write(run.getRootDir().toPath(), action, plan, JunitSuites.of(run), verdict);
    } catch (IOException | RuntimeException e) {
      log.println(
          "[parallelTests] warning: cannot store the build page's summary: " + e.getMessage());
    }
  }

  static BuildSummaries.Recorded write(
      Path buildDir,
      ParallelTestsRunAction action,
      ShardPlan plan,
      List<SuiteRecord> suites,
      ShardVerdict verdict)
      throws IOException {
    String runName = action.getRunName();
    Map<Integer, ShardEntry> entries = new HashMap<>();
    for (ShardEntry entry : action.getShards()) {
      entries.put(entry.getIndex(), entry);
    }
    ShardAttribution attribution = ShardAttribution.of(runName, plan.shards().size(), suites);
    BuildSummaries.Recorded recorded = BuildSummaries.of(plan, attribution, verdict, entries);
    BuildPageFiles.write(buildDir, runName, recorded);
    return recorded;
  }
}
