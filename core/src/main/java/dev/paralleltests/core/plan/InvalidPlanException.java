package dev.paralleltests.core.plan;

import java.io.IOException;

/** A stored plan that cannot be used; the message names the source and the offending field. */
public final class InvalidPlanException extends IOException {
  private static final long serialVersionUID = 1L;

  InvalidPlanException(String message) {
    super(message);
  }

  InvalidPlanException(String message, Throwable cause) {
    super(message, cause);
  }
}
