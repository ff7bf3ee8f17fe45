package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A timing history in {@code dir/history}, with the builds a test starts from recorded in it. */
final class RecordedHistory {
  private RecordedHistory() {}

  /** One build (ID 1) that recorded each named class as one passing 1-second test. */
  static Path of(Path dir, String... classes) throws IOException {
    return withBuild(dir, "1", 1, classes);
  }

  /**
   * Adds build {@code id}, in which each named class was one passing test of {@code seconds}:
   * writes the reports to {@code dir/reports/build-ID}, records them in {@code dir/history},
   * returns it.
   */
  static Path withBuild(Path dir, String id, int seconds, String... classes) throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports").resolve("build-" + id));
    for (String unit : classes) {
      Files.writeString(
          reports.resolve("TEST-" + unit + ".xml"),
          "<testsuite name=\""
              + unit
              + "\"><testcase classname=\""
              + unit
              + "\" name=\"works\" time=\""
              + seconds
              + "\"/></testsuite>");
    }
    return recorded(dir, id, reports.toString());
  }

  /** One build (ID 1) that recorded these reports (files, or directories of them). */
  static Path ofReports(Path dir, String... reports) {
    return recorded(dir, "1", reports);
  }

  private static Path recorded(Path dir, String id, String... reports) {
    Path history = dir.resolve("history");
    CliRun record = HistoryCommands.record(history, id, reports);
    assertThat(record.exitCode()).as("recording build %s: %s", id, record.err()).isZero();
    return history;
  }
}
