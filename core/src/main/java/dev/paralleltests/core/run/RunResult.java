package dev.paralleltests.core.run;

import java.nio.file.Path;
import java.util.List;

/**
 * The shards of one run, as they ended.
 *
 * @param shards one result per shard, in index order
 * @param wallMillis from the first start to the last exit
 * @param outDir the run's output directory
 */
public record RunResult(List<ShardResult> shards, long wallMillis, Path outDir) {

  public RunResult {
    shards = List.copyOf(shards);
  }

  /** True when every shard passed (flaky tests that passed on a rerun count as passed). */
  public boolean passed() {
    return shards.stream().allMatch(s -> s.status() == ShardStatus.PASSED);
  }

  /** True when some shard could not even be started: a usage or environment error. */
  public boolean anyNotStarted() {
    return shards.stream().anyMatch(s -> s.status() == ShardStatus.NOT_STARTED);
  }

  /** Every test case in every shard's reports. */
  public TestCount total() {
    TestCount total = TestCount.none();
    for (ShardResult s : shards) {
      total = total.plus(s.count());
    }
    return total;
  }

  /** Every shard's reports directory, in index order: the input to the merge. */
  public List<Path> reportDirs() {
    return shards.stream().map(ShardResult::reportsDir).toList();
  }
}
