package dev.paralleltests.cli;

import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code split} prints one shard for a test runner. A normal shard is told what to run; the
 * catch-all shard (at most one, only when the caller did not name every unit) is told what not to
 * run, so that tests no plan has seen still run exactly once.
 */
enum RunnerFormat {
  /** One unit a line, names unchanged. */
  LINES {
    @Override
    List<String> includes(List<String> units, Granularity granularity) {
      return units;
    }

    @Override
    List<String> excludes(List<String> excluded, Granularity granularity) {
      return excluded;
    }
  },

  /**
   * Lines of a Surefire {@code includesFile} (a normal shard) or {@code excludesFile} (the
   * catch-all). Surefire treats an empty includes file as "the default includes", that is
   * everything, so the catch-all's includes are empty; and a non-empty excludes file replaces
   * Surefire's default exclusion {@code **}{@code /*$*}, so the catch-all's list adds it back.
   */
  SUREFIRE {
    @Override
    List<String> includes(List<String> units, Granularity granularity) {
      return units.stream().map(u -> surefirePattern(u, granularity)).toList();
    }

    @Override
    List<String> excludes(List<String> excluded, Granularity granularity) {
      List<String> lines = new ArrayList<>(includes(excluded, granularity));
      lines.add(SUREFIRE_DEFAULT_EXCLUDE);
      return List.copyOf(lines);
    }
  },

  /**
   * pytest arguments, one a line: file paths or node ids as given; the catch-all gets one {@code
   * --deselect=UNIT} per unit other shards run (pytest deselects by node id prefix).
   */
  PYTEST {
    @Override
    List<String> includes(List<String> units, Granularity granularity) {
      return units;
    }

    @Override
    List<String> excludes(List<String> excluded, Granularity granularity) {
      return excluded.stream().map(u -> "--deselect=" + u).toList();
    }
  },

  /**
   * Jest path patterns, one a line: each test file as an anchored, escaped regular expression, the
   * form Jest's positional arguments take. The catch-all gets {@code --testPathIgnorePatterns=}
   * options instead, with {@code /node_modules/} added back because the option replaces Jest's
   * default.
   */
  JEST {
    @Override
    List<String> includes(List<String> units, Granularity granularity) {
      return units.stream().map(RunnerFormat::jestPattern).toList();
    }

    @Override
    List<String> excludes(List<String> excluded, Granularity granularity) {
      List<String> lines = new ArrayList<>();
      for (String u : excluded) {
        lines.add("--testPathIgnorePatterns=" + jestPattern(u));
      }
      lines.add("--testPathIgnorePatterns=/node_modules/");
      return List.copyOf(lines);
    }
  };

  /** Surefire's own default exclusion (nested classes), which a non-empty excludes file drops. */
  static final String SUREFIRE_DEFAULT_EXCLUDE = "**/*$*";

  private static final Pattern SOURCE_ROOT = Pattern.compile("(?:^|.*/)src/[^/]+/[^/]+/(.+)");
  private static final Pattern REGEX_SPECIAL = Pattern.compile("[\\\\^$.|?*+()\\[\\]{}]");

  /** What a normal shard runs, in this format. */
  abstract List<String> includes(List<String> units, Granularity granularity);

  /** What the catch-all shard must not run, in this format. */
  abstract List<String> excludes(List<String> excluded, Granularity granularity);

  /** The lower-case name used on the command line. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * A unit as a Surefire include/exclude pattern: {@code com.x.FooTest} becomes {@code
   * com/x/FooTest.java}, {@code com.x.FooTest#m} becomes {@code com/x/FooTest#m}, and a file {@code
   * mod/src/test/java/com/x/FooTest.java} becomes {@code com/x/FooTest.java} (Surefire matches
   * patterns against paths below the test classes directory).
   */
  static String surefirePattern(String unit, Granularity granularity) {
    return switch (granularity) {
      case CLASS -> unit.replace('.', '/') + ".java";
      case TEST -> {
        int hash = unit.indexOf('#');
        yield hash < 0
            ? unit.replace('.', '/') + ".java"
            : unit.substring(0, hash).replace('.', '/') + unit.substring(hash);
      }
      case FILE -> {
        Matcher m = SOURCE_ROOT.matcher(unit.replace('\\', '/'));
        if (!m.matches()) {
          throw CliException.usage(
              "cannot turn file unit '"
                  + unit
                  + "' into a Surefire pattern: expected a path under src/<set>/<language>/"
                  + " (or use --granularity class)");
        }
        String rest = m.group(1);
        int dot = rest.lastIndexOf('.');
        yield (dot > rest.lastIndexOf('/') ? rest.substring(0, dot) : rest) + ".java";
      }
    };
  }

  /** A file path as a Jest path pattern: matches that file and no other. */
  static String jestPattern(String path) {
    String p = path.replace('\\', '/');
    if (p.startsWith("./")) {
      p = p.substring(2);
    }
    String escaped = REGEX_SPECIAL.matcher(p).replaceAll("\\\\$0");
    return p.startsWith("/") ? "^" + escaped + "$" : "(^|/)" + escaped + "$";
  }

  /** Parses {@code lines}, {@code surefire}, {@code pytest} or {@code jest}. */
  static RunnerFormat parse(String text) {
    for (RunnerFormat f : values()) {
      if (f.label().equalsIgnoreCase(text.trim())) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + text + "': expected lines, surefire, pytest or jest");
  }
}
