package dev.paralleltests.core.unit;

import java.util.Locale;

/** What one unit of a plan is: the thing a test runner can be told to run or to skip. */
public enum Granularity {
  /** A top-level test class; nested classes fold into it. The default everywhere. */
  CLASS,
  /** A repository-relative source file, with {@code /} separators. */
  FILE,
  /** A single test case: {@code Class#method}, or a pytest node id. */
  TEST;

  /**
   * Parses the name used on command lines and in pipeline steps ({@code class}, {@code file},
   * {@code test}), case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static Granularity parse(String text) {
    for (Granularity g : values()) {
      if (g.name().equalsIgnoreCase(text.trim())) {
        return g;
      }
    }
    throw new IllegalArgumentException(
        "unknown granularity '" + text + "': expected class, file or test");
  }

  /** The lower-case name used on command lines, in pipeline steps and in files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
