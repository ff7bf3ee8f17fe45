package dev.paralleltests.core.run;

import java.util.List;

/**
 * One shard's state at a moment, for live progress.
 *
 * @param index 1-based
 * @param state {@code starting}, {@code running}, {@code killing}, or a {@link ShardStatus} label
 * @param finished true once the shard has ended
 * @param elapsedMillis since its start
 * @param tests test cases its reports show so far
 * @param failed failed ones among them
 * @param failedTests the failed tests' names ({@code class.name}) its reports show so far, in the
 *     order they appeared
 */
public record ShardProgress(
    int index,
    String state,
    boolean finished,
    long elapsedMillis,
    int tests,
    int failed,
    List<String> failedTests) {

  public ShardProgress {
    failedTests = List.copyOf(failedTests);
  }

  /** A shard's state without failed test names. */
  public ShardProgress(
      int index, String state, boolean finished, long elapsedMillis, int tests, int failed) {
    this(index, state, finished, elapsedMillis, tests, failed, List.of());
  }
}
