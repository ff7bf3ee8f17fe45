package dev.paralleltests.core.history;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who a timing sample belongs to: one test case as its report named it. Samples are kept at this
 * level, the finest any report gives, so that every granularity (class, file, test) can be derived
 * later by a {@link UnitNaming}.
 *
 * @param className the {@code classname} attribute, or empty
 * @param name the {@code name} attribute; empty for a suite's own time (see {@link
 *     BuildTimings#suiteExtraMillis()})
 * @param file the repository-relative file of the case (its {@code file} attribute, or what the
 *     collector resolved), with {@code /} separators, or empty
 * @param suitePath the enclosing suites' names, outermost first (Jest and Playwright name their
 *     cases by it; for Surefire it is just the class)
 */
public record TestCaseId(String className, String name, String file, List<String> suitePath)
    implements Comparable<TestCaseId> {

  private static final Comparator<List<String>> PATH_ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = a.get(i).compareTo(b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };

  // The order of a timings file: grouped by file, suite and class, so that the file is compact
  // (one context line per group) and a diff between two builds lines up.
  private static final Comparator<TestCaseId> ORDER =
      Comparator.comparing(TestCaseId::file)
          .thenComparing(TestCaseId::suitePath, PATH_ORDER)
          .thenComparing(TestCaseId::className)
          .thenComparing(TestCaseId::name);

  public TestCaseId {
    className = Objects.requireNonNullElse(className, "");
    name = Objects.requireNonNullElse(name, "");
    file = Objects.requireNonNullElse(file, "");
    suitePath = List.copyOf(suitePath);
  }

  /** A test case. */
  public static TestCaseId of(String className, String name, String file, List<String> suitePath) {
    return new TestCaseId(className, name, file, suitePath);
  }

  /** A suite's own time, beyond its cases: the same identity without a case name. */
  public static TestCaseId ofSuite(String className, String file, List<String> suitePath) {
    return new TestCaseId(className, "", file, suitePath);
  }

  /** The same identity without the case name: the key of its suite's own time. */
  TestCaseId withoutName() {
    return name.isEmpty() ? this : new TestCaseId(className, "", file, suitePath);
  }

  @Override
  public int compareTo(TestCaseId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    return (className.isEmpty() ? String.join(" > ", suitePath) : className)
        + (name.isEmpty() ? "" : "#" + name)
        + (file.isEmpty() ? "" : " (" + file + ")");
  }
}
