package dev.paralleltests.core.history;

import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportLocation;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.ReportedSuite;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/** Reader events built by hand, as the JUnit XML reader delivers them. */
final class Events {
  private Events() {}

  static ReportedCase passed(String report, String suite, String className, String name, long ms) {
    return testCase(
        report, List.of(suite), className, name, "", OptionalLong.of(ms), Outcome.PASSED);
  }

  static ReportedCase testCase(
      String report,
      List<String> suitePath,
      String className,
      String name,
      String file,
      OptionalLong millis,
      Outcome outcome) {
    return new ReportedCase(
        ReportLocation.of(Path.of(report), 3),
        suitePath,
        className,
        name,
        file,
        millis,
        outcome,
        List.of(),
        "",
        "",
        Map.of());
  }

  static ReportedSuite suite(String report, List<String> path, long ms, String... classNames) {
    Set<String> classes = new LinkedHashSet<>(List.of(classNames));
    return new ReportedSuite(
        ReportLocation.of(Path.of(report), 2),
        path,
        ms < 0 ? OptionalLong.empty() : OptionalLong.of(ms),
        "",
        classes.size(),
        classes,
        "",
        "");
  }

  static TestCaseId id(String className, String name, String suite) {
    return TestCaseId.basic(className, name, "", List.of(suite));
  }
}
