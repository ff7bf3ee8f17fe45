package dev.paralleltests.core.unit;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The checkout that reports are mapped into: makes paths repository-relative and answers "does this
 * source file exist", caching answers (one per distinct class or module, never per case).
 */
final class RepositoryFiles {

  private final Path root;
  private final Map<String, Boolean> exists = new ConcurrentHashMap<>();

  RepositoryFiles(Path root) {
    this.root = root.toAbsolutePath().normalize();
  }

  Path root() {
    return root;
  }

  /** True when {@code relative} names a regular file under the root. */
  boolean exists(String relative) {
    return exists.computeIfAbsent(
        relative,
        r -> {
          try {
            return Files.isRegularFile(root.resolve(r));
          } catch (InvalidPathException e) {
            return false;
          }
        });
  }

  /** The first candidate that exists, else the first candidate. */
  String firstExisting(List<String> candidates) {
    for (String candidate : candidates) {
      if (exists(candidate)) {
        return candidate;
      }
    }
    return candidates.get(0);
  }

  /**
   * A path as a report wrote it, made repository-relative when it is absolute and under the root;
   * otherwise normalised as it is.
   */
  String relative(String path) {
    String normal = UnitNames.normalizePath(path);
    try {
      Path p = Path.of(normal);
      if (p.isAbsolute()) {
        Path abs = p.normalize();
        if (abs.startsWith(root)) {
          return UnitNames.normalizePath(root.relativize(abs).toString());
        }
      }
    } catch (InvalidPathException e) {
      // Not a path on this system: keep the text.
    }
    return normal;
  }

  /** {@code dir} relative to the root with {@code /} separators, or null when outside it. */
  String relativeDirectory(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    if (!abs.startsWith(root)) {
      return null;
    }
    return UnitNames.normalizePath(root.relativize(abs).toString());
  }
}
