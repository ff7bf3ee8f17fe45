package dev.paralleltests.core.run;

/** How one shard ended. Only {@link #PASSED} leaves a run green. */
public enum ShardStatus {
  /** Exit status 0 and its reports show no failed test. */
  PASSED("passed"),
  /** A test failed, or the command exited non-zero. */
  FAILED("failed"),
  /** Killed at the per-shard timeout; a hung shard is never waited on forever. */
  TIMED_OUT("timed out"),
  /** Exited, but its reports hold no test case although the plan gave it units. */
  NO_TESTS("no tests"),
  /** The command (or container) could not be started at all. */
  NOT_STARTED("not started");

  private final String label;

  ShardStatus(String label) {
    this.label = label;
  }

  /** Lower-case words for tables and progress lines. */
  public String label() {
    return label;
  }
}
