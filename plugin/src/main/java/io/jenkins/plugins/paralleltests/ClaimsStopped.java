package io.jenkins.plugins.paralleltests;

import java.util.Objects;
import jenkins.model.CauseOfInterruption;

/**
 * Why a queue shard's claim ended its branch: the build is being stopped, or the timeout around the
 * call expired ({@link BuildAbort}), so the shard takes no more batches. Jenkins prints it when the
 * build ends ({@code FlowInterruptedException.handle}, workflow-step-api@0773c3c {@code
 * FlowInterruptedException.java:124-136}).
 */
final class ClaimsStopped extends CauseOfInterruption {
  private static final long serialVersionUID = 1L;

  private final String reason;

  ClaimsStopped(String reason) {
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String getShortDescription() {
    return "parallelTests handed out no more batches: " + reason;
  }

  /**
   * Equal for the same reason: every shard that ends at its claim makes one, and Jenkins lists the
   * causes of a build's interruption as a set ({@code FlowInterruptedException.handle},
   * workflow-step-api@0773c3c {@code FlowInterruptedException.java:124-136}: a {@code HashSet} of
   * the causes already bound to the run, a {@code LinkedHashSet} of the new ones), so one line is
   * printed and kept, not one per shard.
   */
  @Override
  public boolean equals(Object o) {
    return o instanceof ClaimsStopped other && reason.equals(other.reason);
  }

  @Override
  public int hashCode() {
    return reason.hashCode();
  }
}
