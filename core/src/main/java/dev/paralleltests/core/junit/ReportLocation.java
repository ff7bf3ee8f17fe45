package dev.paralleltests.core.junit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A place in a report file, for messages people act on: {@code path:line}.
 *
 * @param file the report file as it was given
 * @param line 1-based line number, or 0 when unknown
 */
public record ReportLocation(Path file, int line) {
  public ReportLocation {
    Objects.requireNonNull(file, "file");
  }

  public static ReportLocation of(Path file, int line) {
    return new ReportLocation(file, Math.max(0, line));
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file.toString();
  }
}
