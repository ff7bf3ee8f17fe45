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
    String text = name.strip();
    return switch (granularity) {
      case FILE -> normalizePath(text);
      case CLASS -> canonicalClass(text);
      case TEST -> canonicalTest(text);
    };
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
