package dev.paralleltests.cli;

import dev.paralleltests.core.history.EstimateOptions;
import dev.paralleltests.core.history.HistoryLoad;
import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.history.TimingHistoryStore;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The timing history as the commands use it: loaded once, its warnings passed on (a corrupt store
 * never fails a command; estimates fall back to defaults), asked for units and estimates.
 */
final class HistoryAccess {
  private final TimingHistory history;
  private final EstimateOptions options;

  private HistoryAccess(TimingHistory history) {
    this.history = history;
    this.options = EstimateOptions.defaults();
  }

  /** Loads the history in {@code directory}; {@code null} means no history (all estimated). */
  static HistoryAccess load(Path directory, Consumer<String> warn) {
    if (directory == null) {
      return new HistoryAccess(TimingHistory.empty());
    }
    if (!checkReadable(directory, warn)) {
      return new HistoryAccess(TimingHistory.empty());
    }
    HistoryLoad load = TimingHistoryStore.at(directory).load();
    load.warnings().forEach(w -> warn.accept("history: " + w));
    return new HistoryAccess(load.history());
  }

  /**
   * A history that does not exist yet is fine (a first build; {@code record} creates it) but said;
   * a regular file is an error.
   *
   * @return true when there is a history directory to read
   */
  static boolean checkReadable(Path directory, Consumer<String> warn) {
    if (Files.isRegularFile(directory)) {
      throw CliException.usage("--history " + directory + " is a file, not a history directory");
    }
    if (!Files.exists(directory)) {
      warn.accept(
          "--history "
              + directory
              + " does not exist: no timings known, every unit is estimated (record creates it)");
      return false;
    }
    return true;
  }

  /**
   * Refuses, before anything runs, a history that cannot be written: a file, a directory without
   * write permission, or one that cannot be created. Every command that records fails the same way:
   * exit status 2, naming the directory and the reason.
   */
  static void checkWritable(Path directory) {
    if (Files.isRegularFile(directory)) {
      throw CliException.usage("--history " + directory + " is a file, not a history directory");
    }
    Path existing = directory.toAbsolutePath().normalize();
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing != null && (!Files.isDirectory(existing) || !Files.isWritable(existing))) {
      throw CliException.usage(
          "--history "
              + directory
              + ": cannot record timings there: "
              + (existing.equals(directory.toAbsolutePath().normalize())
                  ? "the directory is not writable (" + whyNotWritable(existing) + ")"
                  : "cannot create it: "
                      + existing
                      + " is not writable ("
                      + whyNotWritable(existing)
                      + ")"));
    }
  }

  /** The system's reason, as far as it can be told without writing anything. */
  private static String whyNotWritable(Path existing) {
    if (!Files.isDirectory(existing)) {
      return "not a directory";
    }
    try {
      if (Files.getFileStore(existing).isReadOnly()) {
        return "read-only file system";
      }
    } catch (java.io.IOException e) {
      // the store cannot be asked: permissions are the usual reason
    }
    return "permission denied";
  }

  TimingHistory history() {
    return history;
  }

  List<String> knownUnits(Granularity granularity) {
    return history.knownUnits(granularity, options);
  }

  List<UnitEstimate> estimate(List<String> units, Granularity granularity) {
    return history.estimate(units, granularity, options).units();
  }
}
