package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A recorded run built the way the recording step builds it: a plan of test classes, junit suites
 * inside the shards' parallel branches, the verdict, and the marker steps' entries.
 */
final class PageFixture {
  final String runName;
  final List<Shard> shards = new ArrayList<>();
  final Map<String, UnitEstimate> estimates = new LinkedHashMap<>();
  final List<SuiteRecord> suites = new ArrayList<>();
  final Map<Integer, ShardStatus> statuses = new HashMap<>();
  final Map<Integer, String> agents = new HashMap<>();
  private final int count;

  PageFixture(String runName, int count) {
    this.runName = runName;
    this.count = count;
  }

  /** Plans {@code units} for a shard, each with the estimate given (negative: no history). */
  PageFixture plan(int shard, Map<String, Long> units) {
    long sum = 0;
    for (Map.Entry<String, Long> e : units.entrySet()) {
      long millis = Math.abs(e.getValue());
      estimates.put(
          e.getKey(),
          e.getValue() < 0
              ? UnitEstimate.estimated(e.getKey(), millis)
              : UnitEstimate.known(e.getKey(), millis, 3));
      sum += millis;
    }
    shards.add(new Shard(shard, List.copyOf(units.keySet()), false, sum));
    return this;
  }

  /** One suite (a class) with cases of the given times, reported inside the shard's branch. */
  PageFixture ran(int shard, String className, boolean failed, long... caseMillis) {
    List<SuiteRecord.CaseRecord> cases = new ArrayList<>();
    for (int i = 0; i < caseMillis.length; i++) {
      cases.add(
          new SuiteRecord.CaseRecord(
              className, "test" + i, caseMillis[i], false, failed && i == 0));
    }
    suites.add(
        new SuiteRecord(className, -1, List.of(BranchNames.of(runName, shard, count)), cases));
    return this;
  }

  PageFixture ended(int shard, ShardStatus status, String agent) {
    statuses.put(shard, status);
    agents.put(shard, agent);
    return this;
  }

  ShardPlan shardPlan() {
    long makespan = shards.stream().mapToLong(Shard::predictedMillis).max().orElse(0);
    int unknown = (int) estimates.values().stream().filter(UnitEstimate::isEstimated).count();
    return new ShardPlan(
        Granularity.CLASS,
        shards,
        makespan,
        makespan,
        estimates.size() - unknown,
        unknown,
        estimates,
        List.of());
  }

  Map<Integer, ShardEntry> entries() {
    Map<Integer, ShardEntry> entries = new HashMap<>();
    for (Shard shard : shards) {
      ShardEntry entry =
          new ShardEntry(
              shard.index(),
              BranchNames.of(runName, shard.index(), count),
              shard.predictedMillis(),
              shard.units().size());
      ShardStatus status = statuses.getOrDefault(shard.index(), ShardStatus.SUCCESS);
      if (status != ShardStatus.NOT_STARTED) {
        entry.started(agents.getOrDefault(shard.index(), "agent-" + shard.index()), "maven:3", 1);
        entry.ended(status, 2);
      }
      entries.put(shard.index(), entry);
    }
    return entries;
  }

  BuildSummaries.Recorded recorded() {
    ShardPlan plan = shardPlan();
    ShardAttribution attribution = ShardAttribution.of(runName, count, suites);
    return BuildSummaries.of(plan, attribution, verdict(), entries());
  }

  ShardVerdict verdict() {
    ShardAttribution attribution = ShardAttribution.of(runName, count, suites);
    return ShardVerdict.judge(shardPlan(), runName, attribution, statuses());
  }

  private Map<Integer, ShardStatus> statuses() {
    Map<Integer, ShardStatus> all = new HashMap<>();
    for (Shard shard : shards) {
      all.put(shard.index(), statuses.getOrDefault(shard.index(), ShardStatus.SUCCESS));
    }
    return all;
  }

  /** Writes the plan, the settings and the page files into {@code buildDir}, as a build would. */
  BuildSummaries.Recorded writeTo(Path buildDir) throws IOException {
    PlanJson.write(shardPlan(), BuildFiles.plan(buildDir, runName));
    BuildPageFiles.writeSettings(
        buildDir,
        runName,
        "  shards = 2 (step parameter)\n  label = linux (global configuration)\n"
            + "  historyDepth = 10 builds (built-in default)\n");
    BuildSummaries.Recorded recorded = recorded();
    BuildPageFiles.write(buildDir, runName, recorded);
    return recorded;
  }

  Map<Integer, String> branches() {
    Map<Integer, String> branches = new HashMap<>();
    for (Shard shard : shards) {
      branches.put(shard.index(), BranchNames.of(runName, shard.index(), count));
    }
    return branches;
  }

  static Map<String, Long> units(Object... nameAndMillis) {
    Map<String, Long> map = new LinkedHashMap<>();
    for (int i = 0; i < nameAndMillis.length; i += 2) {
      map.put((String) nameAndMillis[i], ((Number) nameAndMillis[i + 1]).longValue());
    }
    return map;
  }
}
