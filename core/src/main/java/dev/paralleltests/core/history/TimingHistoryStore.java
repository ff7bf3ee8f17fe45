package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A timing history kept in a directory (the command line's {@code --history DIR}): one {@link
 * BuildTimingsFile} per build. One file per build means that concurrent writers (several builds
 * finishing at once, on one machine or on a shared disk) never contend for a file, so no build is
 * lost; every file is written atomically, so none is ever torn.
 *
 * <p>File names are derived from the build ID (a readable, sanitized prefix and a hash of the exact
 * ID), so any ID, {@code refs/pull/1/merge} or {@code ../../etc}, names a plain file inside the
 * directory; the ID itself is stored inside the file.
 */
public final class TimingHistoryStore {

  /** The extension of build files; other files in the directory are ignored. */
  public static final String EXTENSION = ".tsv";

  private static final String MISSING_EXTENSION = ".missing";

  private static final int MAX_READABLE_PREFIX = 60;
  private static final Duration STALE_TEMP_FILE = Duration.ofHours(1);

  private final Path directory;
  private final Clock clock;
  // The estimates whose inputs recording keeps (pruning the rest), or null: never prune.
  private final EstimateOptions retention;

  private TimingHistoryStore(Path directory, Clock clock, EstimateOptions retention) {
    this.directory = Objects.requireNonNull(directory, "directory");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.retention = retention;
  }

  /** The store in this directory, which need not exist yet. */
  public static TimingHistoryStore at(Path directory) {
    return new TimingHistoryStore(directory, Clock.systemUTC(), EstimateOptions.defaults());
  }

  /** The store in this directory, recording builds at this clock's time. */
  public static TimingHistoryStore at(Path directory, Clock clock) {
    return new TimingHistoryStore(directory, clock, EstimateOptions.defaults());
  }

  public Path directory() {
    return directory;
  }

  /**
   * Records one build now, replacing any build recorded before with the same ID.
   *
   * @return the build as recorded
   * @throws IOException when the directory or file cannot be written (the store is unchanged)
   */
  public RecordedBuild record(String buildId, BuildTimings timings, BuildStats stats)
      throws IOException {
    return record(buildId, timings, stats, MissingUnits.none());
  }

  /**
   * Records one build now with the units it was planned to run but never reported, replacing any
   * build recorded before with the same ID ({@link #record(RecordedBuild, MissingUnits)}).
   *
   * @return the build as recorded
   */
  public RecordedBuild record(
      String buildId, BuildTimings timings, BuildStats stats, MissingUnits missing)
      throws IOException {
    RecordedBuild build = RecordedBuild.of(buildId, clock.instant(), timings, stats);
    record(build, missing);
    return build;
  }

  /**
   * Records a build with the time it carries, replacing any build with the same ID; then, when the
   * directory holds more builds than the retention window (M, default 30), deletes the files no
   * estimate with the default options can use any more ({@link #prune}). So the history, and the
   * cost of loading it for a plan, stays bounded however many builds a job records, and every
   * estimate stays what it was (docs/history-format.md, The history directory).
   */
  public void record(RecordedBuild build) throws IOException {
    record(build, MissingUnits.none());
  }

  /**
   * Records a build as {@link #record(RecordedBuild)} does, with the units it was planned to run
   * but never reported ({@link MissingUnits}; none replaces what an earlier recording of this ID
   * noted). The missing units are written first: a recording cut off between the two files leaves
   * the old build with a note that a plan only uses to leave units to the catch-all shard.
   */
  public void record(RecordedBuild build, MissingUnits missing) throws IOException {
    Path missingFile = missingFileFor(build.id());
    if (missing.isEmpty()) {
      Files.deleteIfExists(missingFile);
    } else {
      missing.write(missingFile);
    }
    BuildTimingsFile.write(fileFor(build.id()), build);
    if (retention != null && buildFileCount() > retention.retention()) {
      prune(retention); // never fails: what cannot be deleted stays, with a warning nobody needs
    }
  }

  /**
   * This store, pruning after each record for estimates with these options (K samples, M builds),
   * or never when {@code options} is null.
   */
  public TimingHistoryStore prunedFor(EstimateOptions options) {
    return new TimingHistoryStore(directory, clock, options);
  }

  // 0 when not pruning or when the directory cannot be listed (the build is recorded all the same).
  private int buildFileCount() {
    if (retention == null) {
      return 0;
    }
    int count = 0;
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*" + EXTENSION)) {
      for (Path p : entries) {
        if (!p.getFileName().toString().startsWith(".")) {
          count++;
        }
      }
    } catch (IOException e) {
      return 0;
    }
    return count;
  }

  /**
   * The file a build with this ID is kept in: {@code build-<readable>-<hash>.tsv}, where the
   * readable part keeps letters, digits, dots, dashes and underscores of the ID and the hash is of
   * the exact ID (so IDs that differ only in case or in replaced characters stay apart).
   */
  public Path fileFor(String buildId) {
    if (Objects.requireNonNull(buildId, "buildId").isBlank()) {
      throw new IllegalArgumentException("a build ID must not be blank");
    }
    StringBuilder readable = new StringBuilder();
    for (int i = 0; i < buildId.length() && readable.length() < MAX_READABLE_PREFIX; i++) {
      char c = buildId.charAt(i);
      boolean safe =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '.'
              || c == '-'
              || c == '_';
      readable.append(safe ? c : '_');
    }
    return directory.resolve("build-" + readable + "-" + hash(buildId) + EXTENSION);
  }

  /** The file beside a build's timings that holds its {@link MissingUnits}. */
  Path missingFileFor(String buildId) {
    return missingNoteOf(fileFor(buildId));
  }

  /**
   * The units the build with this ID was planned to run but never reported: none when nothing was
   * noted for it.
   *
   * @throws IOException when the note cannot be read (the message names the file and line)
   */
  public MissingUnits missingOf(String buildId) throws IOException {
    try {
      return MissingUnits.read(missingFileFor(buildId));
    } catch (NoSuchFileException e) {
      return MissingUnits.none();
    }
  }

  /**
   * Reads every build file. Never fails: a missing directory is an empty history; a file that
   * cannot be read or is not a complete timings file is skipped with a warning naming it (and the
   * line); everything readable is kept.
   */
  public HistoryLoad load() {
    List<HistoryWarning> warnings = new ArrayList<>();
    List<Loaded<RecordedBuild>> loaded = loadFiles(warnings, BuildTimingsFile::read);
    return new HistoryLoad(TimingHistory.of(loaded.stream().map(Loaded::build).toList()), warnings);
  }

  /**
   * Reads every build file for planning at one granularity: the same files, warnings and estimates
   * as {@link #load()}, without keeping every test case (docs/history-format.md, Reading for a
   * plan).
   */
  public UnitHistory.Load loadUnits(Granularity granularity) {
    Objects.requireNonNull(granularity, "granularity");
    List<HistoryWarning> warnings = new ArrayList<>();
    List<Loaded<BuildUnits>> loaded =
        loadFiles(warnings, file -> BuildTimingsFile.readUnits(file, granularity));
    return new UnitHistory.Load(
        UnitHistory.of(granularity, loaded.stream().map(Loaded::build).toList()), warnings);
  }

  /**
   * Deletes the build files no estimate with these options can use any more: builds older than the
   * last M whose samples are all older than the last K of their test cases, and builds replaced by
   * a newer one with the same ID. Also deletes temporary files that writers killed more than an
   * hour ago left behind. Unreadable files are left alone (and warned about).
   *
   * @return the files deleted, and warnings
   */
  public PruneResult prune(EstimateOptions options) {
    List<HistoryWarning> warnings = new ArrayList<>();
    List<Loaded<RecordedBuild>> loaded = loadFiles(warnings, BuildTimingsFile::read);
    TimingHistory history = TimingHistory.of(loaded.stream().map(Loaded::build).toList());
    Set<String> inUse = history.buildsInUse(options);
    Map<String, RecordedBuild> current =
        history.builds().stream().collect(Collectors.toMap(RecordedBuild::id, Function.identity()));
    List<Path> deleted = new ArrayList<>();
    for (Loaded<RecordedBuild> l : loaded) {
      boolean replaced = current.get(l.build().id()) != l.build();
      if (replaced || !inUse.contains(l.build().id())) {
        if (deleteIfUnchanged(l.file(), l.modified(), deleted, warnings)) {
          deleteMissingNoteOf(l.file(), deleted, warnings);
        }
      }
    }
    deleteStaleTempFiles(deleted, warnings);
    deleteOrphanMissingFiles(deleted, warnings);
    return new PruneResult(deleted, warnings);
  }

  /**
   * What {@link #prune} did.
   *
   * @param deleted the files deleted
   * @param warnings files that could not be read or deleted
   */
  public record PruneResult(List<Path> deleted, List<HistoryWarning> warnings) {
    public PruneResult {
      deleted = List.copyOf(deleted);
      warnings = List.copyOf(warnings);
    }
  }

  private record Loaded<T>(Path file, FileTime modified, T build) {}

  /** How one build file is read. */
  @FunctionalInterface
  private interface BuildReader<T> {
    T read(Path file) throws IOException;
  }

  private <T> List<Loaded<T>> loadFiles(List<HistoryWarning> warnings, BuildReader<T> reader) {
    List<Loaded<T>> loaded = new ArrayList<>();
    if (!Files.exists(directory)) {
      return loaded;
    }
    if (!Files.isDirectory(directory)) {
      warnings.add(new HistoryWarning(directory, 0, "history is not a directory; ignored"));
      return loaded;
    }
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, "*" + EXTENSION)) {
      for (Path p : entries) {
        if (!p.getFileName().toString().startsWith(".")) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      warnings.add(new HistoryWarning(directory, 0, "cannot list the history: " + describe(e)));
      return loaded;
    }
    files.sort(null); // warnings in a stable order
    for (Path file : files) {
      try {
        FileTime modified = Files.getLastModifiedTime(file);
        loaded.add(new Loaded<>(file, modified, reader.read(file)));
      } catch (NoSuchFileException e) {
        // Pruned by another process since the listing: not a problem.
      } catch (HistoryFormatException e) {
        warnings.add(
            new HistoryWarning(
                file, e.line(), problemOf(e) + "; this build's timings are ignored"));
      } catch (IOException | RuntimeException e) {
        warnings.add(
            new HistoryWarning(
                file, 0, "cannot read: " + describe(e) + "; this build's timings are ignored"));
      }
    }
    return loaded;
  }

  private static String problemOf(HistoryFormatException e) {
    String prefix = e.line() > 0 ? e.source() + ":" + e.line() + ": " : e.source() + ": ";
    String message = e.getMessage();
    return message.startsWith(prefix) ? message.substring(prefix.length()) : message;
  }

  // A file replaced since it was read (the same ID recorded again) holds a new build: keep it.
  private static boolean deleteIfUnchanged(
      Path file, FileTime modified, List<Path> deleted, List<HistoryWarning> warnings) {
    try {
      if (Files.getLastModifiedTime(file).equals(modified) && Files.deleteIfExists(file)) {
        deleted.add(file);
        return true;
      }
    } catch (NoSuchFileException e) {
      // deleted by another process
    } catch (IOException e) {
      warnings.add(new HistoryWarning(file, 0, "cannot delete: " + describe(e)));
    }
    return false;
  }

  private static void deleteMissingNoteOf(
      Path timings, List<Path> deleted, List<HistoryWarning> warnings) {
    Path note = missingNoteOf(timings);
    try {
      if (Files.deleteIfExists(note)) {
        deleted.add(note);
      }
    } catch (IOException e) {
      warnings.add(new HistoryWarning(note, 0, "cannot delete: " + describe(e)));
    }
  }

  private static Path missingNoteOf(Path timings) {
    String name = timings.getFileName().toString();
    return timings.resolveSibling(
        name.substring(0, name.length() - EXTENSION.length()) + MISSING_EXTENSION);
  }

  private void deleteStaleTempFiles(List<Path> deleted, List<HistoryWarning> warnings) {
    Instant staleBefore = clock.instant().minus(STALE_TEMP_FILE);
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(directory, AtomicFiles.TEMP_PREFIX + "*")) {
      for (Path p : entries) {
        try {
          if (Files.getLastModifiedTime(p).toInstant().isBefore(staleBefore)
              && Files.deleteIfExists(p)) {
            deleted.add(p);
          }
        } catch (NoSuchFileException e) {
          // renamed or deleted meanwhile
        } catch (IOException e) {
          warnings.add(new HistoryWarning(p, 0, "cannot delete: " + describe(e)));
        }
      }
    } catch (NoSuchFileException e) {
      // no directory, nothing to clean
    } catch (IOException e) {
      warnings.add(new HistoryWarning(directory, 0, "cannot list the history: " + describe(e)));
    }
  }

  // A missing-units note whose build is gone (pruned, or deleted by hand). Only once it is an hour
  // old: a recorder writes the note just before the build file.
  private void deleteOrphanMissingFiles(List<Path> deleted, List<HistoryWarning> warnings) {
    Instant staleBefore = clock.instant().minus(STALE_TEMP_FILE);
    try (DirectoryStream<Path> entries =
        Files.newDirectoryStream(directory, "*" + MISSING_EXTENSION)) {
      for (Path p : entries) {
        String name = p.getFileName().toString();
        Path timings =
            p.resolveSibling(
                name.substring(0, name.length() - MISSING_EXTENSION.length()) + EXTENSION);
        try {
          if (!Files.exists(timings)
              && Files.getLastModifiedTime(p).toInstant().isBefore(staleBefore)
              && Files.deleteIfExists(p)) {
            deleted.add(p);
          }
        } catch (NoSuchFileException e) {
          // deleted meanwhile
        } catch (IOException e) {
          warnings.add(new HistoryWarning(p, 0, "cannot delete: " + describe(e)));
        }
      }
    } catch (IOException e) {
      // no directory, or it cannot be listed: deleteStaleTempFiles said so already
    }
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  private static String hash(String id) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "TimingHistoryStore[" + directory + "]";
  }
}
