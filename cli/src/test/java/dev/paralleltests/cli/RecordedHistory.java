package dev.paralleltests.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A history in which one build (ID 1) recorded each named class as one passing 1-second test. */
final class RecordedHistory {
  private RecordedHistory() {}

  /** Writes the reports to {@code dir/reports}, records them in {@code dir/history}, returns it. */
  static Path of(Path dir, String... classes) throws IOException {
    Path reports = Files.createDirectories(dir.resolve("reports"));
    for (String unit : classes) {
      Files.writeString(
          reports.resolve("TEST-" + unit + ".xml"),
          "<testsuite name=\""
              + unit
              + "\"><testcase classname=\""
              + unit
              + "\" name=\"works\" time=\"1\"/></testsuite>");
    }
    Path history = dir.resolve("history");
    CliRun.run("record", "--history", history.toString(), "--build", "1", reports.toString());
    return history;
  }
}
