package io.jenkins.plugins.paralleltests;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The one check a {@code parallelTests} run publishes, as arguments of checks-api's {@code
 * publishChecks} step. Each shard's {@code junit} call would otherwise publish its own check (junit
 * 1418.v67a_81935603c JUnitResultArchiver.java:337-355: one per call, named after the enclosing
 * stage and branch), so N shards gave N checks; the script turns those off ({@code
 * skipPublishingChecks: true}) and publishes this instead. Its conclusion follows junit's rule
 * (FAILURE when a test failed) and is FAILURE too when a shard ran short.
 */
final class OneCheck {
  /** junit's own check name (JUnitResultArchiver.DEFAULT_CHECKS_NAME). */
  static final String NAME = "Tests";

  private OneCheck() {}

  /**
   * @param runName the {@code name} of the run, or ""
   * @param withChecksName the name given by an enclosing {@code withChecks}, or "": it replaces
   *     "Tests" as junit's check name does (JUnitResultsStepExecution.java:54-61)
   */
  static Map<String, Object> of(String runName, String withChecksName, ShardVerdict verdict) {
    int tests = 0;
    int failures = 0;
    for (ShardVerdict.ShardReport report : verdict.shards()) {
      tests += report.tests();
      failures += report.failures();
    }
    int shards = verdict.shards().size();
    String title =
        tests
            + (tests == 1 ? " test, " : " tests, ")
            + failures
            + " failed, in "
            + shards
            + (shards == 1 ? " shard" : " shards");
    StringBuilder summary = new StringBuilder(title);
    for (String problem : verdict.problemMessages()) {
      summary.append("\n\n").append(problem);
    }
    Map<String, Object> check = new LinkedHashMap<>();
    String base = withChecksName.isEmpty() ? NAME : withChecksName;
    // Several named runs in one build (or one withChecks) must not overwrite each other's check.
    check.put("name", runName.isEmpty() ? base : base + " / " + runName);
    check.put("title", title);
    check.put("summary", summary.toString());
    check.put("conclusion", failures > 0 || !verdict.problems().isEmpty() ? "FAILURE" : "SUCCESS");
    return check;
  }
}
