package dev.paralleltests.cli;

/**
 * The exit statuses every {@code parallel-tests} command shares. A tool error (2) wins over failed
 * tests (1): a run whose results could not all be read is never reported as a plain test failure,
 * let alone as green.
 */
public final class ExitStatus {
  /** All tests passed; flaky tests (failed, then passed on a retry) are allowed. */
  public static final int PASSED = 0;

  /** A test failed, or a shard timed out, is missing, or reported no tests though it had some. */
  public static final int TESTS_FAILED = 1;

  /** Usage, input, I/O or internal error; a one-line reason goes to standard error. */
  public static final int ERROR = 2;

  static final String PASSED_LINE = "0:all tests passed (flaky tests allowed)";
  static final String FAILED_LINE =
      "1:a test failed, or a shard timed out, is missing, or reported no tests though tests were"
          + " planned for it, or a planned unit was never reported";
  static final String ERROR_LINE =
      "2:usage, input, I/O or internal error (reason on standard error; wins over 1)";
  static final String DONE_LINE = "0:done";
  static final String HEADING = "%nExit status:%n";

  private ExitStatus() {}

  /**
   * The word every command prints for a status: {@code passed}, {@code failed} (tests failed, or a
   * shard is missing, empty or timed out) or {@code error}.
   */
  public static String word(int status) {
    return switch (status) {
      case PASSED -> "passed";
      case TESTS_FAILED -> "failed";
      default -> "error";
    };
  }

  /** The status to report when two outcomes combine: the higher one, so that 2 wins over 1. */
  public static int worst(int a, int b) {
    return Math.max(a, b);
  }
}
