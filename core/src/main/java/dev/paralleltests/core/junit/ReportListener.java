package dev.paralleltests.core.junit;

/**
 * Receives a report's contents as they are read, one case at a time, so that no consumer (timing
 * history, merge, counting) needs the whole file in memory.
 */
public interface ReportListener {

  /** A test case, delivered when its element ends. */
  void onCase(ReportedCase testCase);

  /** A suite, delivered when its element ends (after all its cases and nested suites). */
  default void onSuite(ReportedSuite suite) {}

  /**
   * The rest of what a suite said (declared counts, properties, its own output), delivered right
   * after {@link #onSuite} for the same suite, by {@link JUnitXmlReader#full()} readers only.
   */
  default void onSuiteDetails(ReportedSuite suite, SuiteDetails details) {}

  /** A problem with the report; for a fatal one, no more events follow from this file. */
  default void onProblem(ReportProblem problem) {}
}
