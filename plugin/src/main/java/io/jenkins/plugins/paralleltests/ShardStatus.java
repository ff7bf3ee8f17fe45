package io.jenkins.plugins.paralleltests;

/** How a shard's body ended, as its marker step saw it. */
public enum ShardStatus {
  /** Started, not yet ended (or the controller stopped before it ended). */
  RUNNING,
  SUCCESS,
  /** The body threw: a failing command, a failing {@code junit}, an agent lost. */
  FAILED,
  /** The per-shard timeout stopped it. */
  TIMED_OUT,
  /** Stopped by a person, by fail-fast, or by the build being aborted. */
  ABORTED,
  /** No marker ran: the branch never reached its agent (or the shard was never started). */
  NOT_STARTED
}
