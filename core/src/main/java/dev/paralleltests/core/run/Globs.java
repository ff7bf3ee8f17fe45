package dev.paralleltests.core.run;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;

/**
 * Globs as shells with globstar read them: {@code **}{@code /} also matches no directory at all, so
 * {@code src/test/java/**}{@code /*Test.java} finds a test in the default package too (Java's own
 * glob syntax would require at least one directory there).
 */
final class Globs {

  private Globs() {}

  static PathMatcher matcher(String glob) {
    PathMatcher full = FileSystems.getDefault().getPathMatcher("glob:" + glob);
    if (!glob.contains("**/")) {
      return full;
    }
    PathMatcher collapsed =
        FileSystems.getDefault().getPathMatcher("glob:" + glob.replace("**/", "{**/,}"));
    return (Path p) -> full.matches(p) || collapsed.matches(p);
  }
}
