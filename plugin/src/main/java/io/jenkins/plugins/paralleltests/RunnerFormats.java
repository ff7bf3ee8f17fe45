package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.unit.Granularity;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a unit is written for each test runner's own filter files. Surefire's rules shape the Maven
 * files: a pattern per line, matched against compiled test classes.
 */
final class RunnerFormats {
  private RunnerFormats() {}

  /** Surefire's default inclusions, which an includes file would otherwise add nothing to. */
  static final List<String> SUREFIRE_DEFAULT_INCLUDES =
      List.of("**/Test*.java", "**/*Test.java", "**/*Tests.java", "**/*TestCase.java");

  /** Failsafe's default inclusions. */
  static final List<String> FAILSAFE_DEFAULT_INCLUDES =
      List.of("**/IT*.java", "**/*IT.java", "**/*ITCase.java");

  /**
   * Surefire's default exclusion of nested classes, which any non-empty excludes file replaces and
   * so must repeat.
   */
  static final String SUREFIRE_NESTED_CLASSES = "**/*$*";

  private static final Pattern SOURCE_ROOT =
      Pattern.compile("(?:^|.*/)src/[^/]+/(?:java|kotlin|groovy|scala)/(.+)\\.[A-Za-z]+$");

  /**
   * A unit as a Surefire/Failsafe include or exclude pattern: {@code a/b/C.java} for a class,
   * {@code a/b/C.java#method} for a test (parameters dropped: Surefire filters by method name), and
   * the path below the source root for a file.
   */
  static String surefire(String unit, Granularity granularity) {
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
        Matcher m = SOURCE_ROOT.matcher(unit);
        if (m.matches()) {
          yield m.group(1) + ".java";
        }
        int slash = unit.lastIndexOf('/');
        yield "**/" + (slash < 0 ? unit : unit.substring(slash + 1));
      }
    };
  }

  /** A unit as pytest takes it: a path or node id, unchanged. */
  static String pytestSelect(String unit) {
    return unit;
  }

  /** A unit pytest must skip: {@code --deselect} matches node id prefixes, so files work too. */
  static String pytestDeselect(String unit) {
    return "--deselect=" + unit;
  }

  /** A unit as a Jest test path pattern: a regular expression matching the path's end. */
  static String jestPattern(String unit) {
    return escapeRegex(unit) + "$";
  }

  /** A unit Jest must skip. */
  static String jestIgnore(String unit) {
    return "--testPathIgnorePatterns=" + jestPattern(unit);
  }

  /**
   * Surefire selects top-level classes; a nested class ({@code Outer$Inner}) runs with its outer.
   */
  private static String classPath(String className) {
    return ObservedUnits.topLevel(className).replace('.', '/');
  }

  private static int indexOfAny(String text, String chars) {
    for (int i = 0; i < text.length(); i++) {
      if (chars.indexOf(text.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }

  private static String escapeRegex(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if ("\\^$.|?*+()[]{}".indexOf(c) >= 0) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
