package dev.paralleltests.core.junit;

import java.util.Objects;

/**
 * Something wrong with a report that a person should hear about: malformed XML, a refused DTD, an
 * unreadable time. Reading goes on with the next file (and, where possible, the next case).
 *
 * @param location the file and line
 * @param message what is wrong, in words a person acts on
 * @param fatal true when the rest of this file could not be read
 */
public record ReportProblem(ReportLocation location, String message, boolean fatal) {
  public ReportProblem {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return location + ": " + message;
  }
}
