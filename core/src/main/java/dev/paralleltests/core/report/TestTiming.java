package dev.paralleltests.core.report;

import java.util.Objects;

/**
 * How long one test (or one unit: a class, a file) took, and where it ran.
 *
 * @param shard the 1-based shard number
 * @param className the test's class name (for a unit, the unit's name), or empty
 * @param name the test's name, or empty for a unit
 * @param millis its duration in milliseconds
 */
public record TestTiming(int shard, String className, String name, long millis) {
  public TestTiming {
    Objects.requireNonNull(className, "className");
    Objects.requireNonNull(name, "name");
  }

  /** {@code Class.name}, or whichever of the two is present. */
  public String displayName() {
    if (className.isEmpty()) {
      return name;
    }
    return name.isEmpty() ? className : className + "." + name;
  }
}
