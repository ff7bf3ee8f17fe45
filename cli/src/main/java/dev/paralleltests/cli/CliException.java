package dev.paralleltests.cli;

/**
 * Ends a command with an exit status and a one-line reason for standard error. Thrown where the
 * command cannot go on; whatever output could still be written has been written before.
 */
public final class CliException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;

  public CliException(int status, String message) {
    super(message);
    this.status = status;
  }

  public CliException(int status, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
  }

  /** A usage or input error: exit status 2. */
  public static CliException usage(String message) {
    return new CliException(ExitStatus.ERROR, message);
  }

  public int status() {
    return status;
  }
}
