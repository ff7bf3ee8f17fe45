package dev.paralleltests.core.junit;

import java.util.ArrayList;
import java.util.List;

/** Keeps every event, in order, for assertions. */
final class RecordingListener implements ReportListener {
  final List<ReportedCase> cases = new ArrayList<>();
  final List<ReportedSuite> suites = new ArrayList<>();
  final List<ReportProblem> problems = new ArrayList<>();
  final List<SuiteDetails> details = new ArrayList<>();
  final List<String> events = new ArrayList<>();

  @Override
  public void onCase(ReportedCase testCase) {
    cases.add(testCase);
    events.add("case " + testCase.name());
  }

  @Override
  public void onSuite(ReportedSuite suite) {
    suites.add(suite);
    events.add("suite " + suite.name());
  }

  @Override
  public void onSuiteDetails(ReportedSuite suite, SuiteDetails suiteDetails) {
    details.add(suiteDetails);
    events.add("details " + suite.name());
  }

  @Override
  public void onProblem(ReportProblem problem) {
    problems.add(problem);
    events.add((problem.fatal() ? "fatal " : "note ") + problem.message());
  }

  ReportedCase caseNamed(String name) {
    return cases.stream()
        .filter(c -> c.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no case named " + name + " in " + cases));
  }

  List<String> caseNames() {
    return cases.stream().map(ReportedCase::name).toList();
  }
}
