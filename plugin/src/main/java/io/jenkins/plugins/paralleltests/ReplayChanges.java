package io.jenkins.plugins.paralleltests;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a replayed or restarted build asks for that the original's plan, which it reuses, does not
 * follow: a different shard count, granularity or report pattern. Compared on the settings both
 * builds stored ({@code settings.txt}, lines {@code key = value (origin)}).
 */
final class ReplayChanges {
  /** The settings that shape a plan or what is attributed to it; the others apply as given. */
  static final List<String> KEYS = List.of("shards", "granularity", "testResults");

  private ReplayChanges() {}

  /**
   * @param original the original build's stored settings lines; empty when it stored none (then
   *     nothing can be compared, and nothing is reported)
   * @param current this build's settings, as {@link ResolvedSettings#describe()} writes them
   * @param originalBuild how to name the original build, e.g. {@code #5 (replayed)}
   */
  static List<String> of(List<String> original, String current, String originalBuild) {
    Map<String, String> before = values(original);
    Map<String, String> now = values(List.of(current.split("\n")));
    List<String> warnings = new ArrayList<>();
    for (String key : KEYS) {
      String was = before.get(key);
      String is = now.get(key);
      if (was != null && is != null && !was.equals(is)) {
        warnings.add(
            key
                + " is "
                + is
                + " in this build, but the plan reused from build "
                + originalBuild
                + " was made with "
                + was
                + ": this build keeps that plan; start a new build (not a replay or restart) to"
                + " plan with "
                + key
                + " = "
                + is);
      }
    }
    return warnings;
  }

  private static Map<String, String> values(List<String> lines) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String raw : lines) {
      String line = raw.strip();
      int eq = line.indexOf(" = ");
      int origin = line.lastIndexOf(" (");
      if (eq > 0 && origin > eq) {
        values.put(line.substring(0, eq), line.substring(eq + 3, origin));
      }
    }
    return values;
  }
}
