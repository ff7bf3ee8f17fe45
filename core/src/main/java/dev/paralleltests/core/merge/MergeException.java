package dev.paralleltests.core.merge;

/**
 * The merge could not be done at all: no report files, or an output that cannot be written. Not a
 * test failure; a command line maps it to its tool-error exit status.
 */
public final class MergeException extends Exception {
  private static final long serialVersionUID = 1L;

  public MergeException(String message) {
    super(message);
  }

  public MergeException(String message, Throwable cause) {
    super(message, cause);
  }
}
