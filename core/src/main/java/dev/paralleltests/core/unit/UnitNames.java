package dev.paralleltests.core.unit;

import java.util.ArrayList;
import java.util.List;

/**
 * The canonical form of unit names, so that a name a caller gives ({@code ./tests/a.py}, {@code
 * tests\a.py}, {@code com.x.FooTest$Inner}) matches the name history recorded from a report. Only
 * for matching: plans hand back the caller's own strings.
 */
public final class UnitNames {

  private UnitNames() {}

  /**
   * The canonical form of {@code name} at {@code granularity}.
   *
   * <ul>
   *   <li>file: {@code /} separators, no {@code ./} or empty segments, {@code a/../b} resolved;
   *   <li>class: a Java class folds to its top-level class ({@code a.B$C} to {@code a.B}); a pytest
   *       node id keeps its file and top-level class ({@code t/x.py::A::B} to {@code t/x.py::A}); a
   *       path is normalised as a file;
   *   <li>test: the file part of a pytest node id or of {@code unit#case} is normalised; the rest
   *       is kept exactly (parameters as the runner reported them).
   * </ul>
   */
  public static String canonical(String name, Granularity granularity) {
    if (alreadyCanonical(name, granularity)) {
      return name; // the usual name, met 100,000 times in a large plan: one pass, nothing made
    }
    return byRules(name, granularity);
  }

  /** {@link #canonical}, each rule applied. */
  static String byRules(String name, Granularity granularity) {
    String text = name.strip();
    return switch (granularity) {
      case FILE -> normalizePath(text);
      case CLASS -> canonicalClass(text);
      case TEST -> canonicalTest(text);
    };
  }

  /**
   * Whether {@code name} is certainly its own canonical form, seen in one pass: printable ASCII
   * without anything a rule below would change (surrounding white space, a pytest node id, a path
   * separator, an inner class, a {@code .} or {@code ..} or empty path segment). False only means
   * "apply the rules".
   */
  static boolean alreadyCanonical(String name, Granularity granularity) {
    int n = name.length();
    int segmentStart = 0;
    for (int i = 0; i < n; i++) {
      char c = name.charAt(i);
      if (c <= ' ' || c >= 0x7F || c == ':' || c == '\\') {
        return false;
      }
      switch (granularity) {
        case CLASS -> {
          if (c == '/' || c == '$') {
            return false;
          }
        }
        case TEST -> {
          if (c == '/') {
            return false;
          }
        }
        case FILE -> {
          if (c == '/') {
            if (!plainSegment(name, segmentStart, i) && !(i == 0)) {
              return false;
            }
            segmentStart = i + 1;
          }
        }
      }
    }
    return granularity != Granularity.FILE || n == 0 || plainSegment(name, segmentStart, n);
  }

  /** A path segment that normalising keeps as it is: not empty, not {@code .} or {@code ..}. */
  private static boolean plainSegment(String name, int start, int end) {
    int length = end - start;
    if (length == 0) {
      return false;
    }
    return !(name.charAt(start) == '.'
        && (length == 1 || (length == 2 && name.charAt(start + 1) == '.')));
  }

  /** The top-level class of a Java binary name: {@code a.B$C$D} gives {@code a.B}. */
  public static String topLevelClass(String className) {
    int dollar = className.indexOf('$');
    return dollar > 0 ? className.substring(0, dollar) : className;
  }

  private static String canonicalClass(String text) {
    int nodeId = text.indexOf("::");
    if (nodeId >= 0) {
      String file = normalizePath(text.substring(0, nodeId));
      String rest = text.substring(nodeId + 2);
      int next = rest.indexOf("::");
      return file + "::" + (next >= 0 ? rest.substring(0, next) : rest);
    }
    if (looksLikePath(text)) {
      return normalizePath(text);
    }
    return topLevelClass(text);
  }

  private static String canonicalTest(String text) {
    int nodeId = text.indexOf("::");
    if (nodeId >= 0) {
      return normalizePath(text.substring(0, nodeId)) + text.substring(nodeId);
    }
    int hash = text.indexOf('#');
    if (hash > 0 && looksLikePath(text.substring(0, hash))) {
      return normalizePath(text.substring(0, hash)) + text.substring(hash);
    }
    return text;
  }

  private static boolean looksLikePath(String text) {
    return text.indexOf('/') >= 0 || text.indexOf('\\') >= 0;
  }

  /**
   * A path with {@code /} separators and no {@code .} or empty segments; {@code ..} is resolved
   * against earlier segments where there are any. An absolute path stays absolute.
   */
  public static String normalizePath(String path) {
    String text = path.strip().replace('\\', '/');
    boolean absolute = text.startsWith("/");
    List<String> segments = new ArrayList<>();
    for (String segment : text.split("/")) {
      if (segment.isEmpty() || segment.equals(".")) {
        continue;
      }
      if (segment.equals("..")
          && !segments.isEmpty()
          && !segments.get(segments.size() - 1).equals("..")) {
        segments.remove(segments.size() - 1);
      } else {
        segments.add(segment);
      }
    }
    String joined = String.join("/", segments);
    return absolute ? "/" + joined : joined;
  }
}
