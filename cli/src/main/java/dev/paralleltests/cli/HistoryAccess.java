package dev.paralleltests.cli;

import dev.paralleltests.core.history.EstimateOptions;
import dev.paralleltests.core.history.HistoryLoad;
import dev.paralleltests.core.history.MissingUnits;
import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.history.TimingHistoryStore;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.history.UnitHistory;
import dev.paralleltests.core.plan.CatchAllReserve;
import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The timing history as the commands use it: loaded once, its warnings passed on (a corrupt store
 * never fails a command; estimates fall back to defaults), asked for units and estimates.
 */
final class HistoryAccess {
  private final UnitHistory history;
  private final EstimateOptions options;
  private final Newest newest;
  private final Consumer<String> warn;
  private List<String> leftToCatchAll = List.of();

  /** The newest build and the units it was planned to run but never reported. */
  private record Newest(String id, MissingUnits missing) {
    static final Newest NONE = new Newest("", MissingUnits.none());
  }

  private HistoryAccess(UnitHistory history, Newest newest, Consumer<String> warn) {
    this.history = history;
    this.options = EstimateOptions.defaults();
    this.newest = newest;
    this.warn = warn;
  }

  private static HistoryAccess empty(Granularity granularity, Consumer<String> warn) {
    return new HistoryAccess(UnitHistory.empty(granularity), Newest.NONE, warn);
  }

  /**
   * Loads the history in {@code directory} for planning at one granularity; {@code null} means no
   * history (all estimated).
   */
  static HistoryAccess load(Path directory, Granularity granularity, Consumer<String> warn) {
    if (directory == null || !checkReadable(directory, warn)) {
      return empty(granularity, warn);
    }
    TimingHistoryStore store = TimingHistoryStore.at(directory);
    UnitHistory.Load load =
        HistoryPrefetch.take(directory, granularity).orElseGet(() -> store.loadUnits(granularity));
    load.warnings().forEach(w -> warn.accept("history: " + w));
    Newest newest = Newest.NONE;
    if (load.history().buildCount() > 0) {
      String id = load.history().newestBuildId();
      try {
        newest = new Newest(id, store.missingOf(id));
      } catch (IOException e) {
        // Only a hint for the plan: without it, the units are planned as the history knows them.
        warn.accept("history: " + e.getMessage() + "; ignored");
      }
    }
    return new HistoryAccess(load.history(), newest, warn);
  }

  /** Every build recorded in {@code directory}, oldest first, with every sample. */
  static List<RecordedBuild> builds(Path directory, Consumer<String> warn) {
    if (!checkReadable(directory, warn)) {
      return List.of();
    }
    HistoryLoad load = TimingHistoryStore.at(directory).load();
    load.warnings().forEach(w -> warn.accept("history: " + w));
    return load.history().builds();
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

  /**
   * The units the history knows, less those the newest build was planned to run but never reported
   * (deleted or renamed tests, most often): the catch-all shard runs them if they still exist,
   * instead of every plan listing them and every run reporting them missing until the history
   * forgets them. When that leaves none, the plan is the catch-all shard alone, and the warning
   * says so.
   */
  List<String> knownUnits() {
    return knownEstimates().stream().map(UnitEstimate::unit).toList();
  }

  /** {@link #knownUnits()} with their estimates, sorted by unit. */
  List<UnitEstimate> knownEstimates() {
    List<UnitEstimate> known = history.estimateKnown(options);
    Set<String> missing = new HashSet<>(newest.missing().at(history.granularity()));
    if (missing.isEmpty()) {
      return known;
    }
    List<UnitEstimate> kept = new ArrayList<>(known.size());
    List<String> left = new ArrayList<>();
    for (UnitEstimate unit : known) {
      if (missing.contains(unit.unit())) {
        left.add(unit.unit());
      } else {
        kept.add(unit);
      }
    }
    leftToCatchAll = List.copyOf(left);
    if (!left.isEmpty() && kept.isEmpty()) {
      warn.accept(
          "every unit the history knows ("
              + Messages.count(left.size(), "unit")
              + ": "
              + firstFew(left)
              + ") was planned for build "
              + newest.id()
              + " and never reported (deleted or renamed?): no unit is left to list, so shard 1,"
              + " the catch-all, runs every test there is");
    } else if (!left.isEmpty()) {
      warn.accept(
          Messages.count(left.size(), "unit")
              + " planned for build "
              + newest.id()
              + " never reported ("
              + firstFew(left)
              + "; deleted or renamed?): left to the catch-all shard, which runs them if they"
              + " still exist");
    }
    return kept;
  }

  /**
   * The known units {@link #knownUnits()} left to the catch-all shard because the newest build
   * noted them missing: a run that does not report them either notes them again.
   */
  List<String> leftToCatchAll() {
    return leftToCatchAll;
  }

  /**
   * What a plan from the history in {@code directory} leaves to the catch-all as noted missing now
   * (the units its newest build noted that it still knows), read without a word: {@code record}
   * carries them over into the build it records.
   */
  static List<String> leftToCatchAll(Path directory, Granularity granularity) {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    HistoryAccess history = load(directory, granularity, w -> {});
    history.knownUnits();
    return history.leftToCatchAll();
  }

  /** True when the history has timings of some unit at this granularity. */
  boolean knowsAnyUnit() {
    return !history.knownUnits(options).isEmpty();
  }

  /**
   * True when builds are recorded but not one of their cases names a unit at this granularity: at
   * file granularity, a history recorded from reports that name no file.
   */
  boolean hasBuildsButNoUnits() {
    return history.buildCount() > 0 && !knowsAnyUnit();
  }

  /** How many builds it holds. */
  int buildCount() {
    return history.buildCount();
  }

  private static String firstFew(List<String> units) {
    return String.join(", ", units.subList(0, Math.min(5, units.size())))
        + (units.size() > 5 ? " and " + (units.size() - 5) + " more" : "");
  }

  List<UnitEstimate> estimate(List<String> units) {
    return history.estimate(units, options).units();
  }

  /** The time to keep free on a catch-all shard for tests new to the history. */
  long typicalNewWork() {
    return CatchAllReserve.typicalNewWork(history);
  }
}
