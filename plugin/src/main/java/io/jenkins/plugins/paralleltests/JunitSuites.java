package io.jenkins.plugins.paralleltests;

import hudson.model.Run;
import hudson.tasks.junit.CaseResult;
import hudson.tasks.junit.SuiteResult;
import hudson.tasks.junit.TestResult;
import hudson.tasks.junit.TestResultAction;
import java.util.ArrayList;
import java.util.List;

/** Reads a build's junit result into {@link SuiteRecord}s: the only place that touches junit. */
final class JunitSuites {
  private JunitSuites() {}

  static boolean present(Run<?, ?> run) {
    return run.getAction(TestResultAction.class) != null;
  }

  /** The build's suites; empty when junit recorded nothing. Loads junit's result file. */
  static List<SuiteRecord> of(Run<?, ?> run) {
    TestResultAction action = run.getAction(TestResultAction.class);
    if (action == null) {
      return List.of();
    }
    TestResult result = action.getResult();
    List<SuiteRecord> suites = new ArrayList<>();
    for (SuiteResult suite : result.getSuites()) {
      List<SuiteRecord.CaseRecord> cases = new ArrayList<>();
      for (CaseResult c : suite.getCases()) {
        cases.add(
            new SuiteRecord.CaseRecord(
                c.getClassName(),
                c.getName(),
                millis(c.getDuration()),
                c.isSkipped(),
                c.isFailed()));
      }
      suites.add(
          new SuiteRecord(
              suite.getName(), millis(suite.getDuration()), suite.getEnclosingBlockNames(), cases));
    }
    return suites;
  }

  /** junit keeps seconds as a float; a negative or NaN time is unknown, never 0. */
  private static long millis(float seconds) {
    if (Float.isNaN(seconds) || seconds < 0) {
      return -1;
    }
    return Math.round(seconds * 1000.0);
  }
}
