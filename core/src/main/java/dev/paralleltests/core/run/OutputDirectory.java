package dev.paralleltests.core.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The {@code --out} directory of a run, kept whole until the new output exists: the run writes into
 * a staging directory beside it, and only a finished run's output replaces the previous run's. An
 * interrupted run leaves the previous output untouched, and its partial output in the staging
 * directory.
 *
 * <p>Only what {@code run} writes is ever replaced ({@code plan.json}, {@code junit.xml}, {@code
 * report.html}, {@code report.md}, {@code shard-N/}); everything else in the directory stays. A
 * directory whose run outputs were not written by {@code run} is refused before anything is
 * touched.
 */
public final class OutputDirectory {

  /** Written into every run's output: it says that the run outputs beside it may be replaced. */
  public static final String MARKER = ".parallel-tests-run";

  private static final List<String> RUN_FILES =
      List.of(
          ParallelRun.MERGED_XML,
          ParallelRun.HTML_REPORT,
          ParallelRun.MARKDOWN_REPORT,
          ParallelRun.PLAN_JSON,
          MARKER);

  private final Path out;
  private final Path staging;
  private boolean abandoned;
  private boolean committed;

  private OutputDirectory(Path out) {
    this.out = out.toAbsolutePath().normalize();
    Path parent = this.out.getParent();
    this.staging = parent.resolve("." + this.out.getFileName() + ".partial");
  }

  /**
   * Checks that {@code out} can take a run's output, and prepares an empty staging directory beside
   * it. Nothing in {@code out} is changed.
   *
   * @throws RunException when {@code out} is a file, or holds run outputs {@code run} did not write
   */
  public static OutputDirectory prepare(Path out) throws RunException {
    OutputDirectory dir = new OutputDirectory(out);
    dir.checkReplaceable();
    try {
      if (Files.exists(dir.staging)) {
        deleteTree(dir.staging); // An interrupted run's partial output.
      }
      Files.createDirectories(dir.staging);
      Files.writeString(dir.staging.resolve(MARKER), "");
    } catch (IOException | UncheckedIOException e) {
      throw new RunException("cannot create " + dir.staging + ": " + reason(e), e);
    }
    return dir;
  }

  /** The final output directory. */
  public Path out() {
    return out;
  }

  /** Where the run writes until it has finished. */
  public Path staging() {
    return staging;
  }

  /** Where {@code stagedPath}, a path inside the staging directory, is after {@link #commit()}. */
  public Path finalPath(Path stagedPath) {
    Path p = stagedPath.toAbsolutePath().normalize();
    return p.startsWith(staging) ? out.resolve(staging.relativize(p)) : p;
  }

  /** Replaces the staging directory's name by the output directory's in a text for people. */
  public String finalText(String text) {
    return text.replace(staging.toString(), out.toString());
  }

  /**
   * Replaces the previous run's output in {@code out} with the staged one, and removes the staging
   * directory. Files in {@code out} that {@code run} does not write stay.
   */
  public synchronized void commit() throws RunException {
    if (abandoned) {
      throw new RunException(
          "interrupted: the previous output in "
              + out
              + " is unchanged; this run's partial output is in "
              + staging);
    }
    checkReplaceable(); // Something may have changed while the run ran.
    try {
      Files.createDirectories(out);
      for (Path old : runOutputs(out)) {
        deleteTree(old);
      }
      try (Stream<Path> staged = Files.list(staging)) {
        for (Path entry : staged.toList()) {
          move(entry, out.resolve(entry.getFileName().toString()));
        }
      }
      Files.delete(staging);
      committed = true;
    } catch (IOException | UncheckedIOException e) {
      throw new RunException(
          "cannot move this run's output from " + staging + " into " + out + ": " + reason(e), e);
    }
  }

  /**
   * Makes sure that the staged output never replaces the previous one: the run was interrupted.
   *
   * @return false when it is too late: the output was already committed
   */
  public synchronized boolean abandon() {
    abandoned = true;
    return !committed;
  }

  private void checkReplaceable() throws RunException {
    if (!Files.exists(out)) {
      return;
    }
    if (!Files.isDirectory(out)) {
      throw new RunException("--out " + out + " is a file, not a directory");
    }
    List<Path> outputs;
    try {
      outputs = runOutputs(out);
    } catch (IOException | UncheckedIOException e) {
      throw new RunException("cannot read " + out + ": " + reason(e), e);
    }
    if (outputs.isEmpty() || Files.exists(out.resolve(MARKER))) {
      return;
    }
    List<String> foreignShards = new ArrayList<>();
    boolean earlierRun = false;
    for (Path p : outputs) {
      if (Files.isDirectory(p)) {
        // Runs before the marker existed: their shard directories hold units.txt.
        if (Files.exists(p.resolve("units.txt"))) {
          earlierRun = true;
        } else {
          foreignShards.add(p.getFileName().toString());
        }
      }
    }
    List<String> foreign =
        !foreignShards.isEmpty()
            ? foreignShards
            : earlierRun
                ? List.of()
                : outputs.stream().map(p -> p.getFileName().toString()).toList();
    if (!foreign.isEmpty()) {
      throw new RunException(
          out
              + " holds "
              + String.join(", ", foreign)
              + (foreign.size() == 1 ? ", which was" : ", which were")
              + " not written by parallel-tests run: nothing was changed; choose another --out"
              + " directory");
    }
  }

  /** The entries of {@code dir} that a run writes, and so replaces. */
  private static List<Path> runOutputs(Path dir) throws IOException {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries
          .filter(
              p -> {
                String name = p.getFileName().toString();
                return RUN_FILES.contains(name)
                    || (name.matches("shard-\\d+") && Files.isDirectory(p));
              })
          .sorted()
          .toList();
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      Files.deleteIfExists(dir);
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  private static String reason(Exception e) {
    Throwable c = e instanceof UncheckedIOException u ? u.getCause() : e;
    String m = c.getMessage();
    if (c instanceof java.nio.file.AccessDeniedException) {
      return "permission denied (" + m + ")";
    }
    return c.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }
}
