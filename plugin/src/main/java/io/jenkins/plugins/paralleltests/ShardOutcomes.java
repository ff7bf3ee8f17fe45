package io.jenkins.plugins.paralleltests;

import java.util.List;

/** How a shard's body ended, judged from what it threw. */
final class ShardOutcomes {
  /**
   * The cause the {@code timeout} step gives when its time is up ({@code
   * TimeoutStepExecution.ExceededTimeout} in Pipeline: Basic Steps, which is not a compile
   * dependency of this plugin, so it is recognised by its simple name).
   */
  static final String TIMEOUT_CAUSE = "ExceededTimeout";

  private ShardOutcomes() {}

  /**
   * @param interrupted whether the body ended with a Pipeline interruption ({@code
   *     FlowInterruptedException}): an abort, fail-fast, or a timeout
   * @param causeClassNames the simple class names of the interruption's causes
   */
  static ShardStatus classify(boolean interrupted, List<String> causeClassNames) {
    if (!interrupted) {
      return ShardStatus.FAILED;
    }
    return causeClassNames.contains(TIMEOUT_CAUSE) ? ShardStatus.TIMED_OUT : ShardStatus.ABORTED;
  }
}
