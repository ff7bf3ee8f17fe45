package dev.paralleltests.core.report;

/**
 * Test counts of a run. {@code tests = passed + failed + errors + skipped}; flaky tests (failed,
 * then passed on a later attempt) are counted in {@code passed} and also in {@code flaky}.
 */
public record Totals(int tests, int passed, int failed, int errors, int skipped, int flaky) {

  public static final Totals ZERO = new Totals(0, 0, 0, 0, 0, 0);

  public Totals {
    if (tests < 0 || passed < 0 || failed < 0 || errors < 0 || skipped < 0 || flaky < 0) {
      throw new IllegalArgumentException("negative count");
    }
    if (tests != passed + failed + errors + skipped) {
      throw new IllegalArgumentException(
          "tests ("
              + tests
              + ") != passed + failed + errors + skipped ("
              + (passed + failed + errors + skipped)
              + ")");
    }
    if (flaky > passed) {
      throw new IllegalArgumentException("more flaky (" + flaky + ") than passed (" + passed + ")");
    }
  }

  public static Totals of(int passed, int failed, int errors, int skipped, int flaky) {
    return new Totals(passed + failed + errors + skipped, passed, failed, errors, skipped, flaky);
  }

  /** Failures plus errors: the tests that make a run red. */
  public int broken() {
    return failed + errors;
  }

  public Totals plus(Totals other) {
    return of(
        passed + other.passed,
        failed + other.failed,
        errors + other.errors,
        skipped + other.skipped,
        flaky + other.flaky);
  }
}
