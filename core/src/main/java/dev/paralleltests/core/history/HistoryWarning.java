package dev.paralleltests.core.history;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Something wrong in a history store that a person should hear about; the build goes on without the
 * file named.
 *
 * @param file the file (or the store's directory)
 * @param line the 1-based line, or 0 when not on one line
 * @param message what is wrong
 */
public record HistoryWarning(Path file, int line, String message) {
  public HistoryWarning {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
