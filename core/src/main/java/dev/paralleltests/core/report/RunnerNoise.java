package dev.paralleltests.core.report;

import java.util.regex.Pattern;

/**
 * Lines that runners put into a test's standard output for their own bookkeeping, which people
 * reading a failure's output do not want: the JUnit Platform's legacy XML reporter (the console
 * launcher's {@code --reports-dir}) writes each case's {@code unique-id: [engine:...]/...} and
 * {@code display-name: ...} as an extra {@code <system-out>} (junit5 {@code
 * platform/reporting/legacy/xml/XmlReportWriter.java}, {@code
 * formatNonStandardAttributesAsString}). Only that pair is removed, so a test's own line that
 * happens to start with {@code display-name:} stays.
 */
final class RunnerNoise {
  private static final Pattern JUNIT_IDS =
      Pattern.compile("(?m)^unique-id: \\[engine:[^\\n]*\\r?\\ndisplay-name: [^\\n]*(\\r?\\n|$)");

  private RunnerNoise() {}

  /** The output without the runner's bookkeeping lines, and without blank lines left around it. */
  static String strip(String output) {
    if (!output.contains("unique-id: [engine:")) {
      return output;
    }
    return JUNIT_IDS.matcher(output).replaceAll("").strip();
  }
}
