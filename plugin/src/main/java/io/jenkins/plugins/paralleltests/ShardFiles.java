package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.RunnerFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The files and environment one shard receives: the same variable names as the command line ({@code
 * PARALLEL_TESTS_SHARD}, {@code PARALLEL_TESTS_SHARDS}, {@code PARALLEL_TESTS_UNITS}) plus
 * ready-made filter files for Surefire, Failsafe, pytest and Jest.
 *
 * <p>Surefire's rules decide the Maven files' shape. Both files always exist, since Surefire fails
 * on a missing one. An includes file is never empty, because Surefire reads an empty one as
 * "everything". A non-empty excludes file replaces Surefire's default exclusion of nested classes,
 * so every excludes file repeats it. The catch-all shard (the one told what not to run, so that
 * tests the plan never saw still run exactly once) includes the runner's default patterns.
 */
final class ShardFiles {
  static final String SHARD = "PARALLEL_TESTS_SHARD";
  static final String SHARDS = "PARALLEL_TESTS_SHARDS";
  static final String NAME = "PARALLEL_TESTS_NAME";
  static final String CATCH_ALL = "PARALLEL_TESTS_CATCH_ALL";
  static final String UNITS = "PARALLEL_TESTS_UNITS";
  static final String INCLUDES = "PARALLEL_TESTS_INCLUDES";
  static final String FAILSAFE_INCLUDES = "PARALLEL_TESTS_FAILSAFE_INCLUDES";
  static final String EXCLUDES = "PARALLEL_TESTS_EXCLUDES";
  static final String PYTEST_ARGS = "PARALLEL_TESTS_PYTEST_ARGS";
  static final String JEST_ARGS = "PARALLEL_TESTS_JEST_ARGS";

  /**
   * Stands for the workspace's path, as regular expression text, in the Jest catch-all's pattern:
   * no character of it is special in a regular expression or in a path.
   */
  static final String WORKSPACE = "@PARALLEL_TESTS_WORKSPACE@";

  /**
   * The Jest file at test granularity: a path that names no file, so that Jest ends with status 1
   * ("No tests found ... Files: " and this text, which names the fix) instead of running every test
   * file, as an empty file would. (Jest 30 ignores an option it does not know.)
   */
  static final List<String> JEST_AT_TEST_GRANULARITY =
      List.of(
          "--runTestsByPath",
          "parallel-tests: Jest selects test files, not single tests: use granularity 'file'");

  private ShardFiles() {}

  /** The plain environment entries ({@code NAME=value}) of one shard. */
  static List<String> environment(ShardPlan plan, String runName, int index) {
    Shard shard = plan.shard(index);
    return List.of(
        SHARD + "=" + index,
        SHARDS + "=" + plan.shards().size(),
        NAME + "=" + runName,
        CATCH_ALL + "=" + shard.catchAll());
  }

  /** The files of one shard, each named by its environment variable. */
  static List<ShardFile> files(ShardPlan plan, String runName, int index) {
    Shard shard = plan.shard(index);
    Granularity granularity = plan.granularity();
    List<String> excluded = plan.excludesFor(index);
    String dir = "parallel-tests/" + (runName.isEmpty() ? "default" : runName) + "/shard-" + index;

    Set<String> own =
        new LinkedHashSet<>(RunnerFormat.SUREFIRE.includes(shard.units(), granularity));
    Set<String> others = new LinkedHashSet<>(RunnerFormat.SUREFIRE.includes(excluded, granularity));
    // A pattern both in this shard and excluded (two units sharing a Surefire line) stays included.
    others.removeAll(own);

    List<String> includes = new ArrayList<>();
    List<String> failsafeIncludes = new ArrayList<>();
    if (shard.catchAll()) {
      includes.addAll(RunnerFormat.SUREFIRE_DEFAULT_INCLUDES);
      failsafeIncludes.addAll(RunnerFormat.FAILSAFE_DEFAULT_INCLUDES);
    }
    includes.addAll(own);
    failsafeIncludes.addAll(own);
    List<String> excludes = new ArrayList<>(others);
    excludes.add(RunnerFormat.SUREFIRE_DEFAULT_EXCLUDE);

    List<String> pytest =
        shard.catchAll()
            ? RunnerFormat.PYTEST.excludes(excluded, granularity)
            : RunnerFormat.PYTEST.includes(shard.units(), granularity);
    List<String> jest;
    if (granularity == Granularity.TEST) {
      // Jest selects files, not single tests; an empty file would make Jest run everything.
      jest = JEST_AT_TEST_GRANULARITY;
    } else {
      jest =
          shard.catchAll()
              ? jestCatchAll(excluded, granularity)
              : RunnerFormat.JEST.includes(shard.units(), granularity);
    }
    if (!shard.catchAll() && includes.isEmpty()) {
      // The planner never returns an empty non-catch-all shard; an empty includes file would
      // make Surefire run everything here, so refuse rather than run every test twice.
      throw new IllegalStateException("shard " + index + " has no units and no catch-all role");
    }

    return List.of(
        new ShardFile(UNITS, dir + "/units.txt", lines(shard.units())),
        new ShardFile(INCLUDES, dir + "/includes.txt", lines(includes)),
        new ShardFile(FAILSAFE_INCLUDES, dir + "/failsafe-includes.txt", lines(failsafeIncludes)),
        new ShardFile(EXCLUDES, dir + "/excludes.txt", lines(excludes)),
        new ShardFile(PYTEST_ARGS, dir + "/pytest-args.txt", lines(pytest)),
        new ShardFile(
            JEST_ARGS,
            dir + "/jest-args.txt",
            lines(jest),
            jest.size() == 1 && jest.get(0).contains(WORKSPACE) ? WORKSPACE : ""));
  }

  /**
   * The catch-all's Jest arguments: one path pattern matching every test file but the other
   * shards', which filters on top of the project's own {@code testPathIgnorePatterns} (an ignore
   * option would replace that list). Jest 29 matches it against absolute paths, so it is anchored
   * at the workspace, which only the agent knows: {@link #WORKSPACE} stands for it, and the
   * Pipeline script replaces it. Too long for one argument, it falls back to ignore options.
   */
  private static List<String> jestCatchAll(List<String> excluded, Granularity granularity) {
    if (excluded.isEmpty()) {
      return List.of();
    }
    String pattern = RunnerFormat.jestCatchAllPatternAt(excluded, WORKSPACE);
    return pattern.length() > RunnerFormat.MAX_ARGUMENT
        ? RunnerFormat.JEST.excludes(excluded, granularity)
        : List.of(pattern);
  }

  private static String lines(java.util.Collection<String> lines) {
    StringBuilder out = new StringBuilder();
    for (String line : lines) {
      out.append(line).append('\n');
    }
    return out.toString();
  }
}
