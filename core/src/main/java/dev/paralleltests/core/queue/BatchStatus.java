package dev.paralleltests.core.queue;

/** Where a batch stands. */
public enum BatchStatus {
  /** Handed out; no report yet. */
  CLAIMED("claimed"),
  /** Its shard ran it and reported (whatever its tests' outcome). */
  DONE("done"),
  /** Its shard died or timed out before reporting: its unreported units went back or are lost. */
  LOST("lost");

  private final String label;

  BatchStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  static BatchStatus parse(String label) {
    for (BatchStatus s : values()) {
      if (s.label.equals(label)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown batch status '" + label + "'");
  }
}
