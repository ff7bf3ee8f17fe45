package dev.paralleltests.core.junit;

/** The outcome of one reported test case, as JUnit XML encodes it. */
public enum Outcome {
  PASSED,
  /** An assertion failed ({@code <failure>}). */
  FAILED,
  /** The test could not complete ({@code <error>}). */
  ERROR,
  /** Skipped or disabled ({@code <skipped>}). */
  SKIPPED;

  /** True for {@link #FAILED} and {@link #ERROR}: the outcomes that make a run red. */
  public boolean isFailure() {
    return this == FAILED || this == ERROR;
  }
}
