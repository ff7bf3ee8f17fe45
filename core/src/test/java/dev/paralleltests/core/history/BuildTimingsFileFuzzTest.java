package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

  /**
   * The reader for planning ({@link BuildTimingsFile#readUnits}, which splits plain ASCII files
   * into fields straight from their bytes) accepts and rejects what {@link BuildTimingsFile#read}
   * does, with the same message, and sums the same units.
   */
  @FuzzTest(maxDuration = "150s")
  void readingForAPlanAcceptsAndRejectsWhatReadDoes(byte[] data) throws IOException {
    Path file = dir.resolve("build.tsv");
    Files.write(file, data);
    RecordedBuild build = null;
    String problem = null;
    try {
      build = BuildTimingsFile.read(file);
    } catch (HistoryFormatException e) {
      problem = e.getMessage();
    }
    EstimateOptions options = EstimateOptions.defaults().withSamples(1).withRetention(1);
    for (Granularity g : Granularity.values()) {
      if (problem != null) {
        assertThatThrownBy(() -> BuildTimingsFile.readUnits(file, g))
            .isInstanceOf(HistoryFormatException.class)
            .hasMessage(problem);
        continue;
      }
      UnitHistory units = UnitHistory.of(g, List.of(BuildTimingsFile.readUnits(file, g)));
      TimingHistory full = TimingHistory.of(List.of(build));
      List<String> known = units.knownUnits(options);
      assertThat(known).isEqualTo(full.knownUnits(g, options));
      assertThat(units.estimate(known, options)).isEqualTo(full.estimate(known, g, options));
    }
  }

  private static String write(RecordedBuild build) throws IOException {
    StringWriter out = new StringWriter();
    BuildTimingsFile.write(out, build);
    return out.toString();
  }
}
