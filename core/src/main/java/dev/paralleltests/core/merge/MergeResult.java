package dev.paralleltests.core.merge;

import dev.paralleltests.core.report.RunSummary;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The outcome of a merge: the merged report and what the run did.
 *
 * @param output the merged JUnit XML file
 * @param summary totals, shards, failures, warnings and problems
 * @param filesRead how many report files were read
 */
public record MergeResult(Path output, RunSummary summary, int filesRead) {
  public MergeResult {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(summary, "summary");
  }
}
