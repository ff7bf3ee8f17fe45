package dev.paralleltests.core.run;

/** The run cannot go on: a usage, input, I/O or environment problem (exit status 2). */
public final class RunException extends Exception {
  private static final long serialVersionUID = 1L;

  public RunException(String message) {
    super(message);
  }

  public RunException(String message, Throwable cause) {
    super(message, cause);
  }
}
