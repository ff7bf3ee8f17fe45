package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.UnitNames;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The units a shard's results show it ran, named as the plan names them. The junit plugin keeps a
 * case's class and name and its suite's name, but not its source file: a planned file unit is
 * mentioned when a class's path ({@code com.x.FooTest} as {@code com/x/FooTest}), a dotted module
 * path's prefix ({@code tests.test_x.TestX} as {@code tests/test_x}) or a suite named by its file
 * (jest-junit's {@code suiteNameTemplate="{filepath}"}) ends the planned path, extension aside.
 */
final class ObservedUnits {
  private ObservedUnits() {}

  /** The class or test units in these suites. */
  static Set<String> of(Iterable<SuiteRecord> suites, Granularity granularity) {
    Set<String> units = new LinkedHashSet<>();
    for (SuiteRecord suite : suites) {
      for (SuiteRecord.CaseRecord c : suite.cases()) {
        String className = topLevel(c.className().isEmpty() ? suite.name() : c.className());
        units.add(granularity == Granularity.TEST ? className + "#" + c.name() : className);
      }
    }
    return units;
  }

  /** The paths (without extension) these suites' cases may stand for, for file units. */
  static Set<String> filePaths(Iterable<SuiteRecord> suites) {
    Set<String> paths = new LinkedHashSet<>();
    for (SuiteRecord suite : suites) {
      paths.add(withoutExtension(UnitNames.normalizePath(suite.name())));
      for (SuiteRecord.CaseRecord c : suite.cases()) {
        String dotted = topLevel(c.className());
        if (dotted.contains("/") || dotted.contains("\\")) {
          paths.add(withoutExtension(UnitNames.normalizePath(dotted)));
          continue;
        }
        // every dotted prefix: a Java class, or a pytest module followed by its classes
        String[] parts = dotted.split("\\.");
        for (int end = parts.length; end >= 1; end--) {
          paths.add(String.join("/", List.of(parts).subList(0, end)));
        }
      }
    }
    paths.remove("");
    return paths;
  }

  /** Whether a planned file unit is among {@link #filePaths}. */
  static boolean mentionsFile(Set<String> paths, String fileUnit) {
    String planned = withoutExtension(UnitNames.normalizePath(fileUnit));
    if (paths.contains(planned)) {
      return true;
    }
    for (int slash = planned.indexOf('/'); slash >= 0; slash = planned.indexOf('/', slash + 1)) {
      if (paths.contains(planned.substring(slash + 1))) {
        return true;
      }
    }
    return false;
  }

  private static String withoutExtension(String path) {
    int dot = path.lastIndexOf('.');
    // "a.test.js" keeps "a.test": only the last extension goes, and only in the file's own name
    return dot > path.lastIndexOf('/') + 1 ? path.substring(0, dot) : path;
  }

  /** Nested classes ({@code Outer$Inner}) fold into the top-level class a runner can select. */
  static String topLevel(String className) {
    int dollar = className.indexOf('$');
    return dollar < 0 ? className : className.substring(0, dollar);
  }
}
