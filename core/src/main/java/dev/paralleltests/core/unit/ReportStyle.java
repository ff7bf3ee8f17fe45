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
  /**
   * Node's built-in test runner ({@code node --test --test-reporter=junit}): no file name anywhere,
   * every case of class {@code test}.
   */
  NODE,
  /** Mocha with mocha-junit-reporter (file on each suite) or its own xunit reporter. */
  MOCHA,
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
      case "node:test", "node-test" -> {
        return NODE;
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
            + "': expected maven (surefire, failsafe), gradle, pytest, jest, playwright, node,"
            + " mocha, go or generic");
  }

  /**
   * For a report style whose reports may carry no file name: the reporter setting that makes them
   * carry one, for a warning; empty for styles that always name it or never can.
   */
  public String fileNameHint() {
    return switch (this) {
      case JEST ->
          "jest-junit wrote no file names: set its option addFileAttribute: \"true\""
              + " (JEST_JUNIT_ADD_FILE_ATTRIBUTE=true) or suiteNameTemplate: \"{filepath}\"";
      case NODE ->
          "Node's junit reporter writes no file names (no setting adds them): 'run' learns each"
              + " file's time from the shard that ran it; elsewhere give each test file its own"
              + " report, or use a reporter that writes the file attribute";
      case MOCHA ->
          "mocha-junit-reporter names no file for tests outside any describe(): wrap them in one,"
              + " or use Mocha's own --reporter xunit, which names the file of every test";
      case GENERIC ->
          "the reports name no file (no file attribute, no class with a source file here)";
      default -> "";
    };
  }

  /** The lower-case name used on command lines and in files. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
