package dev.paralleltests.core.report;

import java.util.Locale;
import java.util.Objects;

/**
 * One test of a run as the HTML report's complete list shows it: where it ran, how it ended, how
 * long it took, and why it was skipped or failed.
 *
 * @param shard the 1-based shard number
 * @param className the test's class name, or empty
 * @param name the test's name
 * @param status how it ended, attempts collapsed
 * @param millis its last run's duration; -1 when the report gives none
 * @param runs how many times it ran
 * @param message why it was skipped, or its last failure's message (first line); else empty
 */
public record TestEntry(
    int shard,
    String className,
    String name,
    Status status,
    long millis,
    int runs,
    String message) {

  /** How a test ended, attempts collapsed. */
  public enum Status {
    PASSED,
    /** Failed, then passed on a later attempt. */
    FLAKY,
    FAILED,
    ERROR,
    SKIPPED;

    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  public TestEntry {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    message = message == null ? "" : message;
  }

  /** {@code Class.name}, or whichever of the two is present. */
  public String displayName() {
    if (className.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? className : className + "." + name;
  }
}
