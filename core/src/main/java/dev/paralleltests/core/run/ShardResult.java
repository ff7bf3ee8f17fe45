package dev.paralleltests.core.run;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How one shard ended.
 *
 * @param work what the shard was told to do, and where its files are
 * @param status how it ended
 * @param exitCode the command's exit status; -1 when it was killed or never started
 * @param elapsedMillis wall time from start to exit (or to the kill)
 * @param count the test cases in its reports
 * @param message why it did not start, or other detail for people; empty when none
 */
public record ShardResult(
    ShardWork work,
    ShardStatus status,
    int exitCode,
    long elapsedMillis,
    TestCount count,
    String message) {

  public ShardResult {
    Objects.requireNonNull(work, "work");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(count, "count");
    message = message == null ? "" : message;
  }

  /** 1-based shard index. */
  public int index() {
    return work.index();
  }

  /** The directory holding this shard's JUnit XML. */
  public Path reportsDir() {
    return work.reportsDir();
  }

  /** How the status is decided once a shard's process has ended. */
  static ShardStatus judge(boolean timedOut, int exitCode, TestCount count, ShardWork work) {
    if (timedOut) {
      return ShardStatus.TIMED_OUT;
    }
    if (count.failed() > 0 || count.unreadable() > 0) {
      return ShardStatus.FAILED;
    }
    if (exitCode != 0) {
      return ShardStatus.FAILED;
    }
    // The catch-all shard may be given nothing and find nothing new: that is fine, unless it is the
    // only shard (a history that knows no unit), which then ran no test at all.
    boolean expectedTests = !work.units().isEmpty() || work.shardCount() == 1;
    if (count.tests() == 0 && expectedTests) {
      return ShardStatus.NO_TESTS;
    }
    return ShardStatus.PASSED;
  }
}
