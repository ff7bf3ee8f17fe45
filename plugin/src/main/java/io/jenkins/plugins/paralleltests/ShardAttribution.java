package io.jenkins.plugins.paralleltests;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * Which shard each suite of the build's merged test result came from, found by the parallel branch
 * that enclosed its {@code junit} call. Suites from outside this run (another {@code parallelTests}
 * of the same build, or a plain {@code junit} call) are left out.
 *
 * @param byShard suites per 1-based shard index; every shard of the run has an entry
 * @param outside how many suites belonged to no shard of this run
 */
record ShardAttribution(Map<Integer, List<SuiteRecord>> byShard, int outside) {

  ShardAttribution {
    Map<Integer, List<SuiteRecord>> copy = new TreeMap<>();
    byShard.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    byShard = java.util.Collections.unmodifiableMap(copy);
  }

  static ShardAttribution of(String runName, int shardCount, List<SuiteRecord> suites) {
    Map<Integer, List<SuiteRecord>> byShard = new TreeMap<>();
    for (int i = 1; i <= shardCount; i++) {
      byShard.put(i, new ArrayList<>());
    }
    int outside = 0;
    for (SuiteRecord suite : suites) {
      OptionalInt shard = BranchNames.shardOf(runName, shardCount, suite.enclosingBlockNames());
      if (shard.isPresent()) {
        byShard.get(shard.getAsInt()).add(suite);
      } else {
        outside++;
      }
    }
    return new ShardAttribution(byShard, outside);
  }

  List<SuiteRecord> suites(int shard) {
    return byShard.getOrDefault(shard, List.of());
  }

  /** Every suite of this run, shard by shard. */
  List<SuiteRecord> all() {
    List<SuiteRecord> all = new ArrayList<>();
    byShard.values().forEach(all::addAll);
    return all;
  }
}
