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

  /** A problem with the report; for a fatal one, no more events follow from this file. */
  default void onProblem(ReportProblem problem) {}
}
