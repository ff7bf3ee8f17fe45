package dev.paralleltests.core.history;

import java.io.IOException;

/** A timings file that cannot be read as one: its message names the file and the line. */
public final class HistoryFormatException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final int line;

  HistoryFormatException(String source, int line, String problem) {
    super(line > 0 ? source + ":" + line + ": " + problem : source + ": " + problem);
    this.source = source;
    this.line = line;
  }

  /** The file (or other source) as it was named to the reader. */
  public String source() {
    return source;
  }

  /** The 1-based line, or 0 when the problem is not on one line (an empty file, say). */
  public int line() {
    return line;
  }
}
