package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.unit.Granularity;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The units a shard's results show it ran, named as the plan names them. The junit plugin keeps a
 * case's class and name but not its source file, so for file granularity nothing can be said.
 */
final class ObservedUnits {
  private ObservedUnits() {}

  /** The units in these suites, or empty when the granularity cannot be read from junit. */
  static Optional<Set<String>> of(Iterable<SuiteRecord> suites, Granularity granularity) {
    if (granularity == Granularity.FILE) {
      return Optional.empty();
    }
    Set<String> units = new LinkedHashSet<>();
    for (SuiteRecord suite : suites) {
      for (SuiteRecord.CaseRecord c : suite.cases()) {
        String className = topLevel(c.className().isEmpty() ? suite.name() : c.className());
        units.add(granularity == Granularity.CLASS ? className : className + "#" + c.name());
      }
    }
    return Optional.of(units);
  }

  /** Nested classes ({@code Outer$Inner}) fold into the top-level class a runner can select. */
  static String topLevel(String className) {
    int dollar = className.indexOf('$');
    return dollar < 0 ? className : className.substring(0, dollar);
  }
}
