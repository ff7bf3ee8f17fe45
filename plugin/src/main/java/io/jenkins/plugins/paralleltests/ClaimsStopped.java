package io.jenkins.plugins.paralleltests;

import jenkins.model.CauseOfInterruption;

/**
 * Why a queue shard's claim ended its branch: the build is being stopped ({@link BuildAbort}), so
 * the shard takes no more batches. Jenkins prints it when the build ends ({@code
 * FlowInterruptedException.handle}, workflow-step-api@0773c3c {@code
 * FlowInterruptedException.java:124-136}).
 */
final class ClaimsStopped extends CauseOfInterruption {
  private static final long serialVersionUID = 1L;

  private final String reason;

  ClaimsStopped(String reason) {
    this.reason = reason;
  }

  @Override
  public String getShortDescription() {
    return "parallelTests handed out no more batches: " + reason;
  }
}
