package io.jenkins.plugins.paralleltests;

import java.util.List;
import java.util.Objects;

/**
 * A test suite as the junit plugin recorded it, reduced to what the split needs: where it ran (the
 * enclosing Pipeline blocks) and its cases' times. Built at the edge from junit's {@code
 * SuiteResult}, so the logic that reads it needs no Jenkins.
 *
 * @param name the suite's name
 * @param durationMillis the suite's own time, including setup no case carries; -1 when unknown
 * @param enclosingBlockNames stage and parallel branch names around the {@code junit} call,
 *     innermost first
 * @param cases the suite's test cases
 */
record SuiteRecord(
    String name, long durationMillis, List<String> enclosingBlockNames, List<CaseRecord> cases) {
  SuiteRecord {
    Objects.requireNonNull(name, "name");
    enclosingBlockNames = List.copyOf(enclosingBlockNames);
    cases = List.copyOf(cases);
  }

  /**
   * One test case.
   *
   * @param className the case's class name as reported
   * @param name the case's name as reported
   * @param durationMillis its time; -1 when unknown
   * @param skipped whether it was skipped
   * @param failed whether it failed or errored
   */
  record CaseRecord(
      String className, String name, long durationMillis, boolean skipped, boolean failed) {
    CaseRecord {
      className = className == null ? "" : className;
      name = name == null ? "" : name;
    }
  }
}
