package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The record and plan command lines that tests run against one timing history directory. */
final class HistoryCommands {
  private HistoryCommands() {}

  /** {@code record --history HISTORY --build BUILD ARGS}: reports, and options such as --plan. */
  static CliRun record(Path history, String build, String... args) {
    return CliRun.run(
        concat(List.of("record", "--history", history.toString(), "--build", build), args));
  }

  /** {@code plan --shards SHARDS --history HISTORY ARGS}: units and options. */
  static CliRun plan(Path history, int shards, String... args) {
    return CliRun.run(
        concat(
            List.of("plan", "--shards", Integer.toString(shards), "--history", history.toString()),
            args));
  }

  /** {@code plan --shards SHARDS --history HISTORY --format json UNITS}. */
  static CliRun planJson(Path history, int shards, String... units) {
    return plan(history, shards, concat(List.of("--format", "json"), units));
  }

  /** {@link #planJson}'s plan written to {@code file}, as CI keeps it for record and merge. */
  static Path planFile(Path history, Path file, int shards, String... units) throws IOException {
    CliRun plan = planJson(history, shards, units);
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    return Files.writeString(file, plan.out());
  }

  private static String[] concat(List<String> head, String... tail) {
    List<String> all = new ArrayList<>(head);
    all.addAll(List.of(tail));
    return all.toArray(String[]::new);
  }
}
