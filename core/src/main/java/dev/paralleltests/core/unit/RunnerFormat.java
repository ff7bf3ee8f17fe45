package dev.paralleltests.core.unit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one shard's units are written for a test runner's own selection: the inverse of {@link
 * UnitNamer}. A normal shard is told what to run; the catch-all shard is told what not to run, so
 * that tests no plan has seen still run exactly once. The command line's {@code split} and the
 * Jenkins plugin's shard files both write through here, so a plan selects the same tests wherever
 * it runs.
 */
public enum RunnerFormat {
  /** One unit a line, names unchanged. */
  LINES {
    @Override
    public List<String> includes(List<String> units, Granularity granularity) {
      return List.copyOf(units);
    }

    @Override
    public List<String> excludes(List<String> excluded, Granularity granularity) {
      return List.copyOf(excluded);
    }
  },

  /**
   * Lines of a Surefire or Failsafe {@code includesFile} (a normal shard) or {@code excludesFile}
   * (the catch-all). Surefire treats an empty includes file as "the default includes", that is
   * everything; and a non-empty excludes file replaces its default exclusion {@code **}{@code
   * /*$*}, so the catch-all's list adds it back.
   */
  SUREFIRE {
    @Override
    public List<String> includes(List<String> units, Granularity granularity) {
      Set<String> lines = new LinkedHashSet<>();
      for (String unit : units) {
        lines.add(surefirePattern(unit, granularity));
      }
      return List.copyOf(lines);
    }

    @Override
    public List<String> excludes(List<String> excluded, Granularity granularity) {
      Set<String> lines = new LinkedHashSet<>(includes(excluded, granularity));
      lines.add(SUREFIRE_DEFAULT_EXCLUDE);
      return List.copyOf(lines);
    }
  },

  /**
   * pytest arguments, one a line: file paths or node ids as given; the catch-all gets one {@code
   * --deselect=UNIT} per unit other shards run (pytest deselects by node id prefix, so a file
   * deselects all its tests). At test granularity a prefix can still reach further ({@code
   * f.py::test_a} also deselects {@code f.py::test_ab}): use file or class granularity with pytest.
   */
  PYTEST {
    @Override
    public List<String> includes(List<String> units, Granularity granularity) {
      return List.copyOf(units);
    }

    @Override
    public List<String> excludes(List<String> excluded, Granularity granularity) {
      // --deselect matches node id prefixes: "f.py::TestFoo" would also drop "f.py::TestFooBar",
      // so a class unit is closed with "::", which only its own tests' ids continue with.
      return excluded.stream()
          .map(u -> granularity == Granularity.CLASS && u.contains("::") ? u + "::" : u)
          .map(u -> "--deselect=" + u)
          .toList();
    }
  },

  /**
   * Jest arguments, one a line. A normal shard gets {@code --runTestsByPath} and its files, which
   * Jest takes as exact paths from the working directory (a path pattern would also match {@code
   * pkg/src/a.test.js} for {@code src/a.test.js}), still minus the project's own {@code
   * testPathIgnorePatterns}. The catch-all gets one path pattern that matches every file but the
   * others' ({@link #jestCatchAllPattern}), so the project's ignore list stays as configured; where
   * the working directory is not known, {@code --testPathIgnorePatterns=<rootDir>/...} options
   * instead, which replace that list (Jest's default {@code /node_modules/} is added back). Jest
   * selects files, not single tests: test granularity is refused.
   */
  JEST {
    @Override
    public List<String> includes(List<String> units, Granularity granularity) {
      requireFiles(granularity);
      List<String> lines = new ArrayList<>();
      lines.add("--runTestsByPath");
      for (String u : units) {
        lines.add(relativePath(u));
      }
      return List.copyOf(lines);
    }

    @Override
    public List<String> excludes(List<String> excluded, Granularity granularity) {
      requireFiles(granularity);
      List<String> lines = new ArrayList<>();
      for (String u : excluded) {
        lines.add("--testPathIgnorePatterns=" + jestIgnorePattern(u));
      }
      lines.add("--testPathIgnorePatterns=/node_modules/");
      return List.copyOf(lines);
    }

    @Override
    public List<String> excludes(List<String> excluded, Granularity granularity, Path workDir) {
      requireFiles(granularity);
      if (excluded.isEmpty()) {
        return List.of();
      }
      String pattern = jestCatchAllPattern(excluded, workDir);
      // One command-line argument may hold at most 128 KiB on Linux.
      return pattern.length() > MAX_ARGUMENT ? excludes(excluded, granularity) : List.of(pattern);
    }
  };

  /** Surefire's own default exclusion (nested classes), which a non-empty excludes file drops. */
  public static final String SUREFIRE_DEFAULT_EXCLUDE = "**/*$*";

  /** Surefire's default inclusions, for a catch-all includes file that must not be empty. */
  public static final List<String> SUREFIRE_DEFAULT_INCLUDES =
      List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");

  /** Failsafe's default inclusions. */
  public static final List<String> FAILSAFE_DEFAULT_INCLUDES =
      List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");

  private static final Pattern SOURCE_ROOT = Pattern.compile("(?:^|.*/)src/[^/]+/[^/]+/(.+)");

  /** Longer than this, a Jest catch-all pattern falls back to ignore options (Linux: 128 KiB). */
  public static final int MAX_ARGUMENT = 100_000;

  private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

  /** What a normal shard runs, in this format. */
  public abstract List<String> includes(List<String> units, Granularity granularity);

  /** What the catch-all shard must not run, in this format. */
  public abstract List<String> excludes(List<String> excluded, Granularity granularity);

  /**
   * What the catch-all shard must not run, for a runner started in {@code workDir}: the same as
   * {@link #excludes(List, Granularity)} except for Jest, whose exclusion can then keep the
   * project's own ignore list.
   */
  public List<String> excludes(List<String> excluded, Granularity granularity, Path workDir) {
    return excludes(excluded, granularity);
  }

  /** The lower-case name used on command lines and in pipeline steps. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A unit as a Surefire/Failsafe include or exclude pattern, matched against paths below the test
   * classes directory: {@code com.x.FooTest} (and its nested {@code com.x.FooTest$Inner}, which
   * Surefire runs with its outer class) becomes {@code com/x/FooTest.java}; {@code
   * com.x.FooTest#adds[1]} becomes {@code com/x/FooTest.java#adds} (Surefire filters methods by
   * name, not by parameters); a file {@code mod/src/test/java/com/x/FooTest.java} becomes {@code
   * com/x/FooTest.java}. A file outside any {@code src/<set>/<language>/} root is matched by its
   * name anywhere ({@code **}{@code /name}).
   */
  public static String surefirePattern(String unit, Granularity granularity) {
    return switch (granularity) {
      case CLASS -> classPath(unit) + ".java";
      case TEST -> {
        int hash = unit.indexOf('#');
        if (hash < 0) {
          yield classPath(unit) + ".java";
        }
        String method = unit.substring(hash + 1);
        int parameters = indexOfAny(method, "([");
        yield classPath(unit.substring(0, hash))
            + ".java#"
            + (parameters < 0 ? method : method.substring(0, parameters));
      }
      case FILE -> {
        String path = unit.replace('\\', '/');
        Matcher m = SOURCE_ROOT.matcher(path);
        if (m.matches()) {
          String rest = m.group(1);
          int dot = rest.lastIndexOf('.');
          yield (dot > rest.lastIndexOf('/') ? rest.substring(0, dot) : rest) + ".java";
        }
        yield "**/" + path.substring(path.lastIndexOf('/') + 1);
      }
    };
  }

  /**
   * The catch-all's Jest path pattern: matches every test file except {@code excluded}, in the form
   * both Jest 29 (which matches patterns against absolute paths) and Jest 30 (against paths
   * relative to its {@code rootDir}) read the same way: {@code ^(?!(?:/work/dir/)?(?:a\.test\.js|
   * b\.test\.js)$)}. Jest 30 needs its {@code rootDir} to be the working directory.
   */
  public static String jestCatchAllPattern(List<String> excluded, Path workDir) {
    String root = workDir.toAbsolutePath().normalize().toString().replace('\\', '/');
    return jestCatchAllPatternAt(excluded, escapeRegex(root));
  }

  /**
   * {@link #jestCatchAllPattern(List, Path)} with the working directory given as regular expression
   * text: the Jenkins plugin writes a placeholder there, which its Pipeline script replaces on the
   * agent, where the directory is known.
   */
  public static String jestCatchAllPatternAt(List<String> excluded, String rootRegex) {
    StringBuilder alternatives = new StringBuilder();
    for (String u : excluded) {
      if (!alternatives.isEmpty()) {
        alternatives.append('|');
      }
      alternatives.append(escapeRegex(relativePath(u)));
    }
    return "^(?!(?:" + rootRegex + "/)?(?:" + alternatives + ")$)";
  }

  /** A file as a {@code testPathIgnorePatterns} entry: that file under Jest's root, no other. */
  public static String jestIgnorePattern(String path) {
    String p = relativePath(path);
    return p.startsWith("/") ? "^" + escapeRegex(p) + "$" : "<rootDir>/" + escapeRegex(p) + "$";
  }

  private static String relativePath(String path) {
    String p = UnitNames.normalizePath(path);
    return p.isEmpty() ? "." : p;
  }

  private static String escapeRegex(String text) {
    return REGEX_SPECIAL.matcher(text).replaceAll("\\\\$0");
  }

  private static void requireFiles(Granularity granularity) {
    if (granularity == Granularity.TEST) {
      throw new IllegalArgumentException(
          "Jest selects test files, not single tests: plan with --granularity file");
    }
  }

  /**
   * Parses {@code lines}, {@code surefire}, {@code pytest} or {@code jest}, case-insensitively.
   *
   * @throws IllegalArgumentException naming the accepted values
   */
  public static RunnerFormat parse(String text) {
    for (RunnerFormat f : values()) {
      if (f.label().equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + text + "': expected lines, surefire, pytest or jest");
  }

  private static String classPath(String className) {
    return UnitNames.topLevelClass(className).replace('.', '/');
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
