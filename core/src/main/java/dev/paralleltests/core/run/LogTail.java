package dev.paralleltests.core.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.stream.Stream;

/** The last lines of a shard's log, for the end-of-run account of a failed shard. */
public final class LogTail {

  private LogTail() {}

  /** Up to {@code lines} last lines; malformed bytes are replaced, never fatal. */
  public static List<String> last(Path log, int lines) {
    if (!Files.isRegularFile(log)) {
      return List.of();
    }
    Deque<String> tail = new ArrayDeque<>();
    try (Stream<String> all =
        new java.io.BufferedReader(
                new java.io.InputStreamReader(
                    Files.newInputStream(log),
                    StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(java.nio.charset.CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPLACE)))
            .lines()) {
      all.forEach(
          line -> {
            tail.addLast(line);
            if (tail.size() > lines) {
              tail.removeFirst();
            }
          });
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of("(cannot read " + log + ": " + e.getMessage() + ")");
    }
    return List.copyOf(tail);
  }
}
