package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.ShardCount;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How a build without any timing history still splits: the {@code parallelTests} script checks out
 * the sources on an agent and lists the test units there (core's {@code UnitSources.discover}, the
 * command line's {@code --discover}), and they are split evenly by count. As parallel-test-executor
 * does for a first build (its {@code estimateTestsFromFiles}), but by units, and said in the log.
 */
final class FirstBuildDiscovery {
  /** Every discovered unit weighs the same: the split is even by count. */
  static final long UNIT_MILLIS = 1000;

  /** Maven Surefire's default test classes, in the Maven and Gradle test source directory. */
  static final String CLASS_GLOB = "**/src/test/java/**/{Test*,*Test,*Tests,*TestCase}.java";

  /** pytest's default test files. */
  static final String FILE_GLOB = "**/{test_*,*_test}.py";

  private FirstBuildDiscovery() {}

  /**
   * What the planning step tells the script when the plan had no history: the arguments of {@code
   * parallelTestsDiscover}, or why the first build runs in one shard.
   *
   * @param scm whether the Pipeline has an {@code scm} to check out (multibranch, or script from
   *     SCM)
   */
  static Decision decide(String runName, ShardCount shards, Granularity granularity, boolean scm) {
    if (!(shards instanceof ShardCount.Fixed fixed)) {
      return Decision.no(
          "shards: 'auto' needs timings to choose a shard count, so this first build runs"
              + " every test in one shard; the next build splits by its timings");
    }
    if (fixed.shards() < 2) {
      return Decision.no("");
    }
    Optional<String> glob = glob(granularity);
    if (glob.isEmpty()) {
      return Decision.no(
          "granularity '"
              + granularity.label()
              + "' cannot be listed from files, so this first build runs every test in one"
              + " shard; the next build splits by its timings");
    }
    if (!scm) {
      return Decision.no(
          "this Pipeline has no `scm` to check out (it is not a multibranch Pipeline or a"
              + " Pipeline script from SCM), so the test files cannot be listed before the"
              + " shards start: this first build runs every test in one shard; the next build"
              + " splits by its timings");
    }
    Map<String, Object> arguments = new LinkedHashMap<>();
    arguments.put("name", runName);
    arguments.put("glob", glob.get());
    arguments.put("granularity", granularity.label());
    arguments.put("shards", fixed.shards());
    return new Decision(Optional.of(arguments), "");
  }

  /**
   * A glob of {@code parallelTestsDiscover} stays inside the workspace: the listing runs on the
   * agent, possibly the built-in node, and must not report names of files elsewhere.
   *
   * @throws IllegalArgumentException naming the glob otherwise
   */
  static void checkGlob(String glob) {
    String normal = glob == null ? "" : glob.replace('\\', '/');
    if (normal.isBlank()
        || normal.startsWith("/")
        || normal.matches("^[A-Za-z]:.*")
        || ("/" + normal + "/").contains("/../")) {
      throw new IllegalArgumentException(
          "glob '"
              + glob
              + "' must be a non-empty pattern relative to the workspace, without '..'");
    }
  }

  static Optional<String> glob(Granularity granularity) {
    return switch (granularity) {
      case CLASS -> Optional.of(CLASS_GLOB);
      case FILE -> Optional.of(FILE_GLOB);
      case TEST -> Optional.empty();
    };
  }

  /** Discovered units split evenly by count, each marked as estimated. */
  static ShardPlan plan(List<String> units, int shards, Granularity granularity) {
    List<UnitEstimate> estimates = new ArrayList<>();
    for (String unit : units) {
      estimates.add(UnitEstimate.estimated(unit, UNIT_MILLIS));
    }
    return ShardPlanner.plan(
        PlanRequest.of(estimates, new ShardCount.Fixed(shards)).withGranularity(granularity));
  }

  /**
   * @param discover the arguments for {@code parallelTestsDiscover}, when the script should list
   *     the units
   * @param reason otherwise, why not (for the log), or "" when nothing needs saying
   */
  record Decision(Optional<Map<String, Object>> discover, String reason) {
    static Decision no(String reason) {
      return new Decision(Optional.empty(), reason);
    }
  }
}
