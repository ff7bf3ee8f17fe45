package dev.paralleltests.core.unit;

import dev.paralleltests.core.junit.ReportedCase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Surefire, Failsafe, Gradle and generic Java-like reports: {@code classname} is a binary class
 * name. Class units are top-level classes ({@code Outer$Inner} folds into {@code Outer}, because
 * that is what a runner can select); test units are {@code Class#method} as reported; file units
 * are the class's source file, under the module that wrote the report ({@code
 * mod/target/surefire-reports/} maps to {@code mod/src/test/java/}). A generic report's class with
 * no {@code file} attribute and no source file in the repository has no file unit.
 */
final class JavaUnitNamer implements UnitNamer {

  private static final List<String> LANGUAGES = List.of("java", "kotlin", "groovy", "scala");
  private static final List<String> EXTENSIONS = List.of("java", "kt", "groovy", "scala");

  private final ReportStyle style;
  private final RepositoryFiles repository;

  JavaUnitNamer(ReportStyle style, Path repositoryRoot) {
    this.style = style;
    this.repository = new RepositoryFiles(repositoryRoot);
  }

  @Override
  public String unitName(ReportedCase testCase, Granularity granularity) {
    String className = className(testCase);
    return switch (granularity) {
      case CLASS -> UnitNames.topLevelClass(className);
      case TEST -> className + "#" + testCase.name();
      case FILE -> file(testCase, UnitNames.topLevelClass(className));
    };
  }

  /** The reported class, or the suite's name or the file when a writer left it out. */
  private static String className(ReportedCase testCase) {
    if (!testCase.className().isBlank()) {
      return testCase.className().strip();
    }
    if (!testCase.suiteName().isBlank()) {
      return testCase.suiteName().strip();
    }
    if (!testCase.file().isBlank()) {
      return testCase.file().strip();
    }
    return "(no class) " + testCase.location().file().getFileName();
  }

  private String file(ReportedCase testCase, String topLevel) {
    Path report = testCase.location().file();
    Path module = moduleDirectory(report);
    String home = module == null ? null : repository.relativeDirectory(module);
    String defaultModule = home == null ? "" : home;
    List<String> modules = modulePrefixes(module, home);
    List<String> candidates = new ArrayList<>();
    String fallback;
    if (!testCase.file().isBlank()) {
      String given = repository.relative(testCase.file());
      for (String prefix : modules) {
        candidates.add(join(prefix, given));
      }
      fallback = given.startsWith("/") ? given : join(defaultModule, given);
    } else {
      String relativeSource = topLevel.replace('.', '/');
      List<String> sourceSets = sourceSets(report);
      for (String prefix : modules) {
        for (String sourceSet : sourceSets) {
          for (int i = 0; i < LANGUAGES.size(); i++) {
            candidates.add(
                join(prefix, "src/" + sourceSet + "/" + LANGUAGES.get(i))
                    + "/"
                    + relativeSource
                    + "."
                    + EXTENSIONS.get(i));
          }
        }
      }
      fallback =
          join(defaultModule, "src/" + sourceSets.get(0) + "/java/" + relativeSource + ".java");
    }
    for (String candidate : candidates) {
      if (repository.exists(candidate)) {
        return candidate;
      }
    }
    // A Maven or Gradle report's class lives at its conventional place even when this checkout
    // is not at hand; a generic report's class may be anything (Node's runner calls every case
    // "test"), so no path is made up for it.
    return style == ReportStyle.GENERIC && testCase.file().isBlank() ? "" : fallback;
  }

  /**
   * Where the module that wrote a report may sit in the repository, most likely first: its path
   * relative to the root when the report lies under the root, then (for reports copied elsewhere,
   * e.g. downloaded CI artifacts) each shorter tail of that path, and the root itself. The first
   * whose source file exists wins; when none exists, the module's own place (or the root).
   */
  private static List<String> modulePrefixes(Path module, String home) {
    Set<String> prefixes = new LinkedHashSet<>();
    if (home != null) {
      prefixes.add(home);
    }
    if (module != null) {
      Path abs = module.toAbsolutePath().normalize();
      int count = abs.getNameCount();
      for (int tail = Math.min(count, 4); tail >= 1; tail--) {
        prefixes.add(UnitNames.normalizePath(abs.subpath(count - tail, count).toString()));
      }
    }
    prefixes.add("");
    return new ArrayList<>(prefixes);
  }

  /**
   * The module directory of a report: the directory holding {@code target/…-reports/} (Maven) or
   * {@code build/test-results/} (Gradle); null when the report is not in such a place.
   */
  private static Path moduleDirectory(Path report) {
    Path abs = report.toAbsolutePath().normalize();
    for (int i = abs.getNameCount() - 2; i >= 0; i--) {
      String segment = abs.getName(i).toString();
      String next = abs.getName(i + 1).toString();
      boolean maven = segment.equals("target") && next.endsWith("-reports");
      boolean gradle = segment.equals("build") && next.equals("test-results");
      if (maven || gradle) {
        return i == 0 ? abs.getRoot() : abs.getRoot().resolve(abs.subpath(0, i));
      }
    }
    return null;
  }

  /** Source sets to try: Gradle's task name ({@code integrationTest}), else Maven's usual ones. */
  private List<String> sourceSets(Path report) {
    Path abs = report.toAbsolutePath().normalize();
    for (int i = 0; i < abs.getNameCount() - 2; i++) {
      if (abs.getName(i).toString().equals("test-results")) {
        String task = abs.getName(i + 1).toString();
        return task.equals("test") ? List.of("test") : List.of(task, "test");
      }
    }
    return style == ReportStyle.GRADLE
        ? List.of("test")
        : List.of("test", "it", "integration-test");
  }

  private static String join(String module, String path) {
    return module.isEmpty() ? path : module + "/" + path;
  }
}
