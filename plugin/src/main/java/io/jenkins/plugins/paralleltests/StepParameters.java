package io.jenkins.plugins.paralleltests;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The parameters of {@code parallelTests} as the caller gave them; {@code null} means "not given".
 * Unknown parameter names are an error, because a misspelt {@code shard: 8} silently ignored would
 * run the whole suite on the default shard count.
 */
record StepParameters(
    String shards,
    Integer targetMinutes,
    String testResults,
    String image,
    String dockerArgs,
    String label,
    Integer timeoutMinutes,
    String granularity,
    String name,
    String referenceJob,
    Boolean failFast) {

  /** Every parameter name {@code parallelTests} accepts, in the order the help lists them. */
  static final List<String> NAMES =
      List.of(
          "shards",
          "targetMinutes",
          "testResults",
          "image",
          "dockerArgs",
          "label",
          "timeoutMinutes",
          "granularity",
          "name",
          "referenceJob",
          "failFast");

  static StepParameters none() {
    return new StepParameters(null, null, null, null, null, null, null, null, null, null, null);
  }

  StepParameters withShards(String value) {
    return new StepParameters(
        blankToNull(value),
        targetMinutes,
        testResults,
        image,
        dockerArgs,
        label,
        timeoutMinutes,
        granularity,
        name,
        referenceJob,
        failFast);
  }

  StepParameters withGranularity(String value) {
    return new StepParameters(
        shards,
        targetMinutes,
        testResults,
        image,
        dockerArgs,
        label,
        timeoutMinutes,
        blankToNull(value),
        name,
        referenceJob,
        failFast);
  }

  StepParameters withName(String value) {
    return new StepParameters(
        shards,
        targetMinutes,
        testResults,
        image,
        dockerArgs,
        label,
        timeoutMinutes,
        granularity,
        blankToNull(value),
        referenceJob,
        failFast);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  /**
   * Refuses any name that is not a parameter.
   *
   * @throws IllegalArgumentException naming each unknown parameter, with the nearest known name
   */
  static void checkNames(Collection<String> given) {
    List<String> problems = new ArrayList<>();
    for (String name : given) {
      if (!NAMES.contains(name)) {
        String nearest = nearest(name);
        problems.add(
            "'" + name + "'" + (nearest == null ? "" : " (did you mean '" + nearest + "'?)"));
      }
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "parallelTests: unknown parameter "
              + String.join(", ", problems)
              + "; known parameters are "
              + String.join(", ", NAMES));
    }
  }

  private static String nearest(String name) {
    String best = null;
    int bestDistance = 3;
    for (String known : NAMES) {
      int d =
          distance(
              name.toLowerCase(java.util.Locale.ROOT), known.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = known;
        bestDistance = d;
      }
    }
    return best;
  }

  /** Levenshtein distance; names are short, so the quadratic table is fine. */
  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
