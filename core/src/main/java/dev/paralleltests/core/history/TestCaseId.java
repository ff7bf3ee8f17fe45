package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.UnitNames;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Who a timing sample belongs to: one test case as its report named it, with the units it belongs
 * to at each granularity. Samples are kept at this level, the finest any report gives, so that
 * every granularity can be estimated later.
 *
 * <p>The unit names are resolved when the build is recorded, because that needs what only the
 * reports give (where a report lies in a multi-module build, which tool wrote it); a plan made
 * later from the history alone then uses exactly the names the reports produced.
 *
 * @param className the {@code classname} attribute, or empty
 * @param name the {@code name} attribute; empty for a suite's own time (see {@link
 *     BuildTimings#suiteExtraMillis()})
 * @param suitePath the enclosing suites' names, outermost first
 * @param classUnit the case's unit at class granularity ({@code com.a.Outer} for {@code
 *     com.a.Outer$Inner}), or empty when it has none
 * @param fileUnit the case's unit at file granularity (a repository-relative path), or empty
 * @param testUnit the case's unit at test granularity ({@code Class#method}, a pytest node id), or
 *     empty (always empty for a suite's own time)
 */
public record TestCaseId(
    String className,
    String name,
    List<String> suitePath,
    String classUnit,
    String fileUnit,
    String testUnit)
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

  // The order of a timings file: grouped by suite, then class, so that the file is compact (one
  // context line per group) and the files of two builds diff line by line.
  private static final Comparator<TestCaseId> ORDER =
      Comparator.comparing(TestCaseId::suitePath, PATH_ORDER)
          .thenComparing(TestCaseId::className)
          .thenComparing(TestCaseId::classUnit)
          .thenComparing(TestCaseId::fileUnit)
          .thenComparing(TestCaseId::name)
          .thenComparing(TestCaseId::testUnit);

  public TestCaseId {
    className = Objects.requireNonNullElse(className, "");
    name = Objects.requireNonNullElse(name, "");
    suitePath = List.copyOf(suitePath);
    classUnit = Objects.requireNonNullElse(classUnit, "");
    fileUnit = Objects.requireNonNullElse(fileUnit, "");
    testUnit = Objects.requireNonNullElse(testUnit, "");
  }

  /** A test case with its unit names. */
  public static TestCaseId of(
      String className,
      String name,
      List<String> suitePath,
      String classUnit,
      String fileUnit,
      String testUnit) {
    return new TestCaseId(className, name, suitePath, classUnit, fileUnit, testUnit);
  }

  /**
   * A test case named by the rules that need no report: class unit the top-level class ({@code
   * Outer$Inner} folds into {@code Outer}), test unit {@code Class#name}, file unit the given file
   * with {@code /} separators. What a caller with only class and test names (the Jenkins junit
   * plugin's results, say) can record.
   */
  public static TestCaseId basic(String className, String name, String file, List<String> suite) {
    String cls = Objects.requireNonNullElse(className, "");
    String test = Objects.requireNonNullElse(name, "");
    return new TestCaseId(
        cls,
        test,
        suite,
        UnitNames.topLevelClass(cls.strip()),
        file == null || file.isBlank() ? "" : UnitNames.normalizePath(file),
        cls.isEmpty() || test.isEmpty() ? "" : cls + "#" + test);
  }

  /** The key of this case's suite's own time: no case name, no test unit. */
  TestCaseId suiteLevel() {
    return name.isEmpty() && testUnit.isEmpty()
        ? this
        : new TestCaseId(className, "", suitePath, classUnit, fileUnit, "");
  }

  /** The stored unit at a granularity; empty when the case names none. */
  String unit(Granularity granularity) {
    return switch (granularity) {
      case CLASS -> classUnit;
      case FILE -> fileUnit;
      case TEST -> testUnit;
    };
  }

  @Override
  public int compareTo(TestCaseId other) {
    return ORDER.compare(this, other);
  }

  @Override
  public String toString() {
    String unit = !testUnit.isEmpty() ? testUnit : !classUnit.isEmpty() ? classUnit : fileUnit;
    return unit.isEmpty() ? className + "#" + name : unit;
  }
}
