package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.history.BuildTimings;
import dev.paralleltests.core.history.TestCaseId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Timing samples from the junit plugin's recorded results, for builds that have no timings file of
 * ours (builds from before the plugin was used, or whose recording failed). The junit plugin keeps
 * class and case names but not the source file, so these samples serve the class and test
 * granularities.
 */
final class JunitTimings {
  private JunitTimings() {}

  /**
   * The suites that belong to a run: all of them for the default run (a build from before {@code
   * parallelTests} has no shard branches), only those inside the run's shard branches for a named
   * run, so that unit and integration tests keep separate histories.
   */
  static List<SuiteRecord> select(String runName, List<SuiteRecord> suites) {
    if (runName.isEmpty()) {
      return suites;
    }
    Pattern branch = Pattern.compile(Pattern.quote(runName) + " \\d+/\\d+");
    List<SuiteRecord> selected = new ArrayList<>();
    for (SuiteRecord suite : suites) {
      for (String block : suite.enclosingBlockNames()) {
        if (branch.matcher(block).matches()) {
          selected.add(suite);
          break;
        }
      }
    }
    return selected;
  }

  /**
   * One build's samples: every timed case that was not skipped, and for a suite holding exactly one
   * class, its time beyond its cases (setup and teardown).
   */
  static BuildTimings of(List<SuiteRecord> suites) {
    BuildTimings.Builder builder = BuildTimings.builder();
    for (SuiteRecord suite : suites) {
      List<String> path = List.of(suite.name());
      Set<String> classes = new HashSet<>();
      long timedCases = 0;
      for (SuiteRecord.CaseRecord c : suite.cases()) {
        classes.add(c.className());
        if (c.skipped() || c.durationMillis() < 0) {
          continue;
        }
        builder.addCase(TestCaseId.basic(c.className(), c.name(), "", path), c.durationMillis());
        timedCases += c.durationMillis();
      }
      if (classes.size() == 1 && suite.durationMillis() >= 0 && !suite.cases().isEmpty()) {
        String className = classes.iterator().next();
        builder.addSuiteExtra(
            TestCaseId.basic(className, "", "", path), suite.durationMillis() - timedCases);
      }
    }
    return builder.build();
  }
}
