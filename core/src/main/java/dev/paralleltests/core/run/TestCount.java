package dev.paralleltests.core.run;

/**
 * Test cases found in a shard's reports, by outcome.
 *
 * @param tests every test case
 * @param failed failures and errors
 * @param skipped skipped or disabled
 * @param reportFiles how many report files were read
 * @param unreadable report files that could not be read (malformed, or still being written)
 */
public record TestCount(int tests, int failed, int skipped, int reportFiles, int unreadable) {

  /** Nothing found. */
  public static TestCount none() {
    return new TestCount(0, 0, 0, 0, 0);
  }

  TestCount plus(TestCount other) {
    return new TestCount(
        tests + other.tests,
        failed + other.failed,
        skipped + other.skipped,
        reportFiles + other.reportFiles,
        unreadable + other.unreadable);
  }
}
