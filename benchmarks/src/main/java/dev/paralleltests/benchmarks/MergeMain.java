package dev.paralleltests.benchmarks;

import dev.paralleltests.core.merge.JUnitMerger;
import dev.paralleltests.core.merge.MergeException;
import dev.paralleltests.core.merge.MergeRequest;
import dev.paralleltests.core.merge.MergeResult;
import dev.paralleltests.core.merge.ShardInput;
import dev.paralleltests.core.report.RunSummary;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The merge as a command, for scripts/merge-benchmark.sh until the command line's {@code merge}
 * exists: {@code java -cp benchmarks/target/benchmarks.jar dev.paralleltests.benchmarks.MergeMain
 * OUT.xml SHARD...} where each SHARD is a directory, a file or {@code I=PATH}. Exit status 0:
 * green, 1: tests failed, 2: incomplete run or tool error.
 */
public final class MergeMain {
  private MergeMain() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: MergeMain OUT.xml SHARD...");
      System.exit(2);
    }
    List<String> shards = Arrays.asList(args).subList(1, args.length);
    try {
      long start = System.nanoTime();
      MergeResult result =
          JUnitMerger.create()
              .merge(MergeRequest.of(ShardInput.parseAll(shards), Path.of(args[0])));
      long millis = (System.nanoTime() - start) / 1_000_000;
      RunSummary s = result.summary();
      System.out.printf(
          "merged %d files: %d tests (%d failed, %d errors, %d skipped, %d flaky) in %d ms: %s%n",
          result.filesRead(),
          s.totals().tests(),
          s.totals().failed(),
          s.totals().errors(),
          s.totals().skipped(),
          s.totals().flaky(),
          millis,
          s.status().label());
      s.problems().forEach(p -> System.err.println("problem: " + p));
      System.exit(
          switch (s.status()) {
            case PASSED -> 0;
            case FAILED -> 1;
            case ERROR -> 2;
          });
    } catch (MergeException e) {
      System.err.println("merge failed: " + e.getMessage());
      System.exit(2);
    }
  }
}
