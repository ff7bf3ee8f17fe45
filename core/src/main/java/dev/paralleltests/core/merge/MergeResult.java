package dev.paralleltests.core.merge;

import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.TestEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The outcome of a merge: the merged report and what the run did. Not a record: the list of every
 * test is made only when asked for (the HTML report needs it, a merge on the command line does not,
 * and for 100,000 tests it is 100,000 objects).
 */
public final class MergeResult {
  private final Path output;
  private final RunSummary summary;
  private final int filesRead;
  private Supplier<List<TestEntry>> testsSource;
  private List<TestEntry> tests;

  /**
   * A merge's outcome.
   *
   * @param output the merged JUnit XML file
   * @param summary totals, shards, failures, warnings and problems
   * @param filesRead how many report files were read
   * @param tests makes the list of every test, called once at most
   */
  MergeResult(Path output, RunSummary summary, int filesRead, Supplier<List<TestEntry>> tests) {
    this.output = Objects.requireNonNull(output, "output");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.filesRead = filesRead;
    this.testsSource = Objects.requireNonNull(tests, "tests");
  }

  /** The merged JUnit XML file. */
  public Path output() {
    return output;
  }

  /** Totals, shards, failures, warnings and problems. */
  public RunSummary summary() {
    return summary;
  }

  /** How many report files were read. */
  public int filesRead() {
    return filesRead;
  }

  /** Every test, shard by shard in the order first seen, for the HTML report's complete list. */
  public synchronized List<TestEntry> tests() {
    if (tests == null) {
      tests = List.copyOf(testsSource.get());
      testsSource = null;
    }
    return tests;
  }
}
