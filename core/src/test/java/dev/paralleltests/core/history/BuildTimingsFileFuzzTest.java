package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * Coverage-guided fuzzing of the timings file reader: any bytes either read as a build or fail with
 * a {@link HistoryFormatException} naming the file (never another exception), and a build that was
 * read writes back to a file that reads as the same build. Without {@code JAZZER_FUZZ=1} this runs
 * once over each committed input in {@code BuildTimingsFileFuzzTestInputs/<method>/}.
 */
class BuildTimingsFileFuzzTest {

  private static Path dir;

  @BeforeAll
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("history-fuzz");
  }

  @AfterAll
  static void deleteDirectory() throws IOException {
    Files.deleteIfExists(dir.resolve("build.tsv"));
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "150s")
  void readsAnyFileOrNamesIt(byte[] data) throws IOException {
    Path file = dir.resolve("build.tsv");
    Files.write(file, data);
    RecordedBuild build;
    try {
      build = BuildTimingsFile.read(file);
    } catch (HistoryFormatException e) {
      assertThat(e.source()).isEqualTo(file.toString());
      assertThat(e.getMessage()).contains(file.toString());
      assertThat(e.line()).isGreaterThanOrEqualTo(0);
      return;
    }
    String written = write(build);
    RecordedBuild again = BuildTimingsFile.read(new StringReader(written), "rewritten");
    assertThat(write(again)).isEqualTo(written);
    assertThat(again.id()).isEqualTo(build.id());
    assertThat(again.recordedAt()).isEqualTo(build.recordedAt());
  }

  private static String write(RecordedBuild build) throws IOException {
    StringWriter out = new StringWriter();
    BuildTimingsFile.write(out, build);
    return out.toString();
  }
}
