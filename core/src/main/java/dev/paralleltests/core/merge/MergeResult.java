package dev.paralleltests.core.merge;

import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.TestEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of a merge: the merged report and what the run did.
 *
 * @param output the merged JUnit XML file
 * @param summary totals, shards, failures, warnings and problems
 * @param filesRead how many report files were read
 * @param tests every test, shard by shard in the order first seen, for the HTML report's complete
 *     list
 */
public record MergeResult(Path output, RunSummary summary, int filesRead, List<TestEntry> tests) {
  public MergeResult {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(summary, "summary");
    tests = List.copyOf(tests);
  }
}
