package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real writers in separate JVMs: what two builds finishing at once, or a killed agent, do. */
class ConcurrentRecordingTest {

  private static final int WRITERS = 8;
  // 8 x 3 builds and "shared": 25, within the retention window (the last 30 builds). With more, a
  // writer that ran ahead of the others had all its builds pruned by their recordings, as
  // retention intends (its test cases appear in no newer build), which this test took for lost
  // writes now and then.
  private static final int BUILDS_EACH = 3;

  @TempDir Path dir;

  private static Process start(Path history, String writer, int builds, int cases)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            RecordingProcess.class.getName(),
            history.toString(),
            writer,
            Integer.toString(builds),
            Integer.toString(cases))
        .redirectErrorStream(true)
        .start();
  }

  private static List<Path> tempFiles(Path history) throws IOException {
    if (!Files.isDirectory(history)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(history)) {
      return s.filter(p -> p.getFileName().toString().startsWith(AtomicFiles.TEMP_PREFIX)).toList();
    }
  }

  @Test
  void eightProcessesRecordingAtOnceLoseNoBuildAndNeverLeaveATornFile() throws Exception {
    // Every build recorded stays only while no recording prunes: see BUILDS_EACH.
    assertThat(WRITERS * BUILDS_EACH + 1).isLessThanOrEqualTo(EstimateOptions.DEFAULT_RETENTION);
    Path history = dir.resolve("history");
    List<Process> writers = new ArrayList<>();
    for (int w = 1; w <= WRITERS; w++) {
      writers.add(start(history, "w" + w, BUILDS_EACH, 2_000));
    }

    // Read the store again and again while they write: every load must be clean.
    int loadsWhileWriting = 0;
    while (writers.stream().anyMatch(Process::isAlive)) {
      HistoryLoad load = TimingHistoryStore.at(history).load();
      assertThat(load.warnings()).as("warnings while writers run").isEmpty();
      loadsWhileWriting++;
    }
    for (Process p : writers) {
      assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
    }

    HistoryLoad load = TimingHistoryStore.at(history).load();
    assertThat(load.warnings()).isEmpty();
    List<String> expected = new ArrayList<>();
    for (int w = 1; w <= WRITERS; w++) {
      for (int b = 1; b <= BUILDS_EACH; b++) {
        expected.add("w" + w + "-" + b);
      }
    }
    expected.add("shared");
    assertThat(load.history().builds())
        .extracting(RecordedBuild::id)
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(load.history().builds())
        .allSatisfy(b -> assertThat(b.timings().caseMillis()).hasSize(2_000));
    assertThat(tempFiles(history)).isEmpty();
    assertThat(loadsWhileWriting).isPositive();
  }

  @Test
  void aWriterKilledWithSigkillMidWriteLeavesThePreviousBuildReadable() throws Exception {
    Path history = dir.resolve("history");
    TimingHistoryStore store = TimingHistoryStore.at(history);
    RecordedBuild previous =
        store.record("shared", RecordingProcess.timings("old", 10), BuildStats.none());

    boolean killedMidWrite = false;
    for (int attempt = 1; attempt <= 5 && !killedMidWrite; attempt++) {
      // 0 builds of its own, then "shared" again with many cases: a write of several MB.
      Process writer = start(history, "killed", 0, 150_000 * attempt);
      Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
      while (writer.isAlive() && tempFiles(history).isEmpty() && Instant.now().isBefore(deadline)) {
        Thread.onSpinWait();
      }
      new ProcessBuilder("kill", "-9", Long.toString(writer.pid())).start().waitFor();
      writer.waitFor(30, TimeUnit.SECONDS);
      // A temporary file left behind proves the kill came before the rename.
      killedMidWrite = !tempFiles(history).isEmpty() && writer.exitValue() == 137;
      if (!killedMidWrite) {
        store.record(previous); // it finished first: restore and try with a larger write
      }
    }

    assertThat(killedMidWrite).as("a writer was killed before it renamed its file").isTrue();
    HistoryLoad load = store.load();
    assertThat(load.warnings()).isEmpty();
    assertThat(load.history().builds()).containsExactly(previous);
  }
}
