package dev.paralleltests.cli;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shard a CI job is, read from the CI system's own variables when {@code --index} and {@code
 * --shards} are not given. GitLab numbers its parallel jobs from 1; CircleCI and Buildkite from 0.
 * Whatever the source, the result is 1-based.
 *
 * @param index this job's shard, 1-based
 * @param total how many parallel jobs the CI started
 * @param source the variables it came from, for messages
 */
record CiShard(int index, int total, String source) {

  /** One CI system's pair of variables and the number its index starts at. */
  private record Source(String system, String indexVariable, String totalVariable, int base) {}

  private static final List<Source> SOURCES =
      List.of(
          new Source("GitLab CI", "CI_NODE_INDEX", "CI_NODE_TOTAL", 1),
          new Source("CircleCI", "CIRCLE_NODE_INDEX", "CIRCLE_NODE_TOTAL", 0),
          new Source("Buildkite", "BUILDKITE_PARALLEL_JOB", "BUILDKITE_PARALLEL_JOB_COUNT", 0));

  /**
   * Reads the first CI system whose index variable is set (GitLab, then CircleCI, then Buildkite).
   *
   * @return empty when no CI variables are set
   * @throws CliException (status 2) when a variable is set but unusable, naming it
   */
  static Optional<CiShard> fromEnvironment(Map<String, String> env) {
    for (Source s : SOURCES) {
      String index = env.get(s.indexVariable());
      if (index == null || index.isBlank()) {
        continue;
      }
      String total = env.get(s.totalVariable());
      if (total == null || total.isBlank()) {
        throw CliException.usage(
            s.indexVariable()
                + " is set but "
                + s.totalVariable()
                + " is not ("
                + s.system()
                + ")");
      }
      int i = number(s.indexVariable(), index);
      int n = number(s.totalVariable(), total);
      int oneBased = i - s.base() + 1;
      if (n < 1 || oneBased < 1 || oneBased > n) {
        throw CliException.usage(
            s.indexVariable()
                + "="
                + index
                + " is outside 1.."
                + n
                + " ("
                + s.system()
                + " counts from "
                + s.base()
                + ", "
                + s.totalVariable()
                + "="
                + total
                + ")");
      }
      return Optional.of(
          new CiShard(oneBased, n, s.system() + " " + s.indexVariable() + "/" + s.totalVariable()));
    }
    return Optional.empty();
  }

  /**
   * When more than one CI system's variables are set and they say different things, which one wins
   * (the first of GitLab, CircleCI, Buildkite) and what the others said; empty when they agree.
   */
  static Optional<String> disagreement(Map<String, String> env, CiShard used) {
    List<String> others = new java.util.ArrayList<>();
    for (Source s : SOURCES) {
      String index = env.get(s.indexVariable());
      String total = env.get(s.totalVariable());
      if (index == null || index.isBlank() || total == null || total.isBlank()) {
        continue;
      }
      if (used.source().startsWith(s.system() + " ")) {
        continue;
      }
      try {
        int oneBased = Integer.parseInt(index.trim()) - s.base() + 1;
        int n = Integer.parseInt(total.trim());
        if (oneBased != used.index() || n != used.total()) {
          others.add(
              s.system()
                  + " "
                  + s.indexVariable()
                  + "="
                  + index
                  + " "
                  + s.totalVariable()
                  + "="
                  + total
                  + " (shard "
                  + oneBased
                  + " of "
                  + n
                  + ")");
        }
      } catch (NumberFormatException e) {
        others.add(s.system() + " " + s.indexVariable() + "=" + index + " (not a number)");
      }
    }
    if (others.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "CI variables disagree: using "
            + used.source()
            + " (shard "
            + used.index()
            + " of "
            + used.total()
            + "), ignoring "
            + String.join(", ", others)
            + "; GitLab wins over CircleCI, which wins over Buildkite; --index and --shards win"
            + " over all");
  }

  private static int number(String variable, String value) {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw CliException.usage(variable + "='" + value + "' is not a number");
    }
  }
}
