package dev.paralleltests.core.report;

import java.util.Locale;

/** How one shard ended, as far as its reports (and the runner, when there is one) tell. */
public enum ShardStatus {
  /** Every test passed (some perhaps only on a later attempt) or was skipped. */
  PASSED,
  /** At least one test failed or errored on every attempt. */
  FAILED,
  /** The shard was expected but produced no report at all. */
  MISSING,
  /** The shard's reports hold no test, although tests were planned for it. */
  EMPTY,
  /** The runner stopped the shard at its time limit; its results are incomplete. */
  TIMED_OUT,
  /** A report of this shard is malformed or unreadable; some of its results may be lost. */
  UNREADABLE;

  /** True for the statuses that mean some results are missing: the run cannot be green. */
  public boolean isBroken() {
    return this != PASSED && this != FAILED;
  }

  /** Lower-case label with a dash, as shown in reports and JSON: {@code timed-out}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
