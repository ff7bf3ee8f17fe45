package dev.paralleltests.core.unit;

import java.util.Locale;

/**
 * Which tool wrote a JUnit XML report: it decides how a reported case maps to a unit (a Surefire
 * {@code classname} is a Java class, a pytest one is a dotted module path, a Jest suite is a file).
 */
public enum ReportStyle {
  /** Maven Surefire and Failsafe: {@code mod/target/surefire-reports/TEST-*.xml}. */
  MAVEN,
  /** Gradle: {@code mod/build/test-results/<task>/TEST-*.xml}. */
  GRADLE,
  /** pytest {@code --junitxml}, xunit2 (no {@code file} attribute) or xunit1. */
  PYTEST,
  /** Jest with jest-junit. */
  JEST,
  /** Playwright's test runner with its {@code junit} reporter. */
  PLAYWRIGHT,
  /** go-junit-report: {@code classname} is the Go package. */
  GO,
  /** Anything else: Java-like class names, the {@code file} attribute when present. */
  GENERIC;

  /**
   * Parses a style name as users write it: {@code maven}, {@code surefire}, {@code failsafe},
   * {@code gradle}, {@code pytest}, {@code jest}, {@code playwright}, {@code go}, {@code generic}.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static ReportStyle parse(String text) {
    String name = text.strip().toLowerCase(Locale.ROOT);
    switch (name) {
      case "surefire", "failsafe" -> {
        return MAVEN;
      }
      case "go-junit-report", "golang" -> {
        return GO;
      }
      default -> {
        for (ReportStyle style : values()) {
          if (style.label().equals(name)) {
            return style;
          }
        }
      }
    }
    throw new IllegalArgumentException(
        "unknown report style '"
            + text
            + "': expected maven (surefire, failsafe), gradle, pytest, jest, playwright, go or"
            + " generic");
  }

  /** The lower-case name used on command lines and in files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
