package dev.paralleltests.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Copies reports that a runner wrote elsewhere ({@code --reports GLOB}) into the shard's own
 * reports directory once the shard has ended. Only files written since the shard started are taken,
 * and a file is taken by one shard only, so no report is counted twice when shards share a
 * directory; {@code {shard}} in the glob keeps shards apart for certain.
 */
final class ReportCollector {

  private final RunConfig config;
  private final String glob;
  // Path -> modification time when taken: a later batch of the same shard (queue mode) that
  // rewrites a file of the same name is taken again; the same write never twice.
  private final Map<Path, Long> claimed = new HashMap<>();

  ReportCollector(RunConfig config, String glob) {
    this.config = config;
    this.glob = glob;
  }

  /**
   * The reports the shard has written so far where the glob points, without taking them: for live
   * progress while it runs. Files another shard has taken are left out.
   */
  synchronized List<Path> peek(ShardWork work, long startedAtMillis) throws IOException {
    List<Path> fresh = new java.util.ArrayList<>();
    for (Path file : matches(work)) {
      if (Files.getLastModifiedTime(file).toMillis() >= startedAtMillis - 2_000 && !taken(file)) {
        fresh.add(file);
      }
    }
    return fresh;
  }

  private List<Path> matches(ShardWork work) throws IOException {
    String pattern = glob.replace("{shard}", Integer.toString(work.index()));
    // Relative to where the shard ran: its own copy of the working directory with --copy.
    Path workDir = config.runDir(work);
    Path copy = work.checkoutDir();
    Path out = config.outDir().toAbsolutePath().normalize();
    PathMatcher matcher = Globs.matcher(pattern);
    Path root = workDir.resolve(staticPrefix(pattern));
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          // Nothing from the run's output (other shards' directories), except this shard's copy.
          .filter(p -> !p.startsWith(out) || p.startsWith(copy))
          .filter(p -> matcher.matches(workDir.relativize(p)))
          .sorted()
          .toList();
    }
  }

  /** True when this very write of the file was taken already. */
  private boolean taken(Path file) throws IOException {
    Long when = claimed.get(file);
    return when != null && when == Files.getLastModifiedTime(file).toMillis();
  }

  /** Copies the shard's reports; returns how many files were taken. */
  synchronized int collect(ShardWork work, long startedAtMillis) throws IOException {
    Path target = work.reportsDir().resolve("collected");
    Path workDir = config.runDir(work);
    List<Path> matches = matches(work);
    int taken = 0;
    for (Path file : matches) {
      // Clock granularity: a report written in the shard's first second may carry an older time.
      long modified = Files.getLastModifiedTime(file).toMillis();
      if (modified < startedAtMillis - 2_000 || taken(file)) {
        continue;
      }
      claimed.put(file, modified);
      // A glob reaching above the working directory (../other/*.xml) would relativize to "..":
      // such a file is copied under its name alone, never outside the shard's directory.
      Path relative = workDir.relativize(file).normalize();
      Path into =
          relative.startsWith("..")
              ? target.resolve("outside").resolve(file.getFileName().toString())
              : target.resolve(relative.toString());
      Files.createDirectories(into.getParent());
      Files.copy(file, into, StandardCopyOption.REPLACE_EXISTING);
      taken++;
    }
    return taken;
  }

  /** The leading directories of a glob that hold no wildcard: where the walk starts. */
  static String staticPrefix(String pattern) {
    String[] parts = pattern.split("/");
    StringBuilder prefix = new StringBuilder();
    for (int i = 0; i < parts.length - 1; i++) {
      if (parts[i].matches(".*[*?\\[{].*")) {
        break;
      }
      prefix.append(parts[i]).append('/');
    }
    return prefix.length() == 0 ? "." : prefix.toString();
  }
}
