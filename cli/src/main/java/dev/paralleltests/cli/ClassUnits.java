package dev.paralleltests.cli;

import dev.paralleltests.core.run.RunException;
import dev.paralleltests.core.run.UnitSources;
import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Units named as file paths where classes are expected ({@code find src/test/java -name
 * '*Test.java' | plan --units-from -}): JVM source files become the classes they declare, so the
 * history's class timings apply; a path that names no class is refused with the flag that fixes it.
 * Without this, every such path would be an unknown unit, estimated, and the history silently
 * unused.
 */
final class ClassUnits {
  // JVM sources only: other runners' class-level units may hold slashes (pytest's
  // tests/test_a.py::TestA, Go's import paths).
  private static final Pattern PATH_LIKE = Pattern.compile("[^#:]*\\.(java|kt|groovy|scala)");
  private static final int NAMES_SHOWN = 3;

  private ClassUnits() {}

  static List<String> asClasses(
      List<String> units, Granularity granularity, Path workDir, Consumer<String> warn) {
    if (granularity != Granularity.CLASS) {
      return units;
    }
    List<String> paths = units.stream().filter(u -> PATH_LIKE.matcher(u).matches()).toList();
    if (paths.isEmpty()) {
      return units;
    }
    List<String> mapped = new ArrayList<>();
    for (String unit : units) {
      if (!PATH_LIKE.matcher(unit).matches()) {
        mapped.add(unit);
        continue;
      }
      Path file = workDir.resolve(unit).normalize();
      if (!Files.isRegularFile(file)) {
        throw refuse(paths, unit + " is not a file here");
      }
      try {
        mapped.add(UnitSources.classDeclaredBy(workDir, workDir.relativize(file)));
      } catch (RunException e) {
        throw refuse(paths, e.getMessage());
      }
    }
    warn.accept(
        Messages.count(paths.size(), "unit")
            + " given as file paths ("
            + String.join(", ", paths.subList(0, Math.min(NAMES_SHOWN, paths.size())))
            + (paths.size() > NAMES_SHOWN ? ", ..." : "")
            + ") are taken as the classes they declare, the default --granularity class;"
            + " give --granularity file to plan files instead");
    return List.copyOf(new LinkedHashSet<>(mapped));
  }

  private static CliException refuse(List<String> paths, String why) {
    return CliException.usage(
        "units given as file paths ("
            + paths.get(0)
            + (paths.size() > 1 ? ", ..." : "")
            + ") but --granularity is class, and "
            + why
            + ": give --granularity file, or name classes");
  }
}
