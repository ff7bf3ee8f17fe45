package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.RunnerFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Units that a test runner can only select together, planned as one. Surefire filters test methods
 * by name, so the parameterized cases {@code FooTest#adds(int)[1]} and {@code FooTest#adds(int)[2]}
 * are both selected by {@code FooTest#adds}: split over two shards, each shard would run all of
 * them. The planner therefore keeps a method's parameterized cases in one shard, and likewise the
 * JVM test sources that Surefire selects by one pattern (the same package and class in two
 * modules); everywhere else a unit is a group of its own.
 *
 * @param representatives one estimate per group: named after its first member, timed as their sum
 * @param members the units of each representative that stands for more than one unit, longest
 *     first; a representative not in it is a unit of its own (most are: no map entry or list for
 *     them)
 */
record SelectionGroups(
    List<UnitEstimate> representatives, Map<String, List<UnitEstimate>> members) {

  /**
   * The groups of these units, whose names are distinct (the planner checks that first).
   *
   * <p>Usually no two units share a key: then every unit is a group of its own, and the units are
   * the representatives, in their order. That is certain without a set of keys when every unit is
   * its own key (a class, or a test without parameters): the names are distinct.
   */
  static SelectionGroups of(List<UnitEstimate> units) {
    boolean ownKeys = true;
    for (UnitEstimate u : units) {
      if (!plainlyItsOwnKey(u.unit()) && !selectionKey(u.unit()).equals(u.unit())) {
        ownKeys = false;
        break;
      }
    }
    if (ownKeys) {
      return new SelectionGroups(units, Map.of());
    }
    Set<String> keys = new HashSet<>(Math.max(16, (int) (units.size() / 0.75f) + 1));
    boolean together = false;
    for (UnitEstimate u : units) {
      if (!keys.add(selectionKey(u.unit()))) {
        together = true;
        break;
      }
    }
    if (!together) {
      return new SelectionGroups(units, Map.of());
    }
    // Hash maps, not sorted ones: the planner orders the representatives itself (longest first,
    // then by name) and looks members up by name. The groups keep the units' order, so that units
    // given in name order (the history's known units) reach the planner's sort already sorted.
    Map<String, List<UnitEstimate>> byKey = new LinkedHashMap<>(units.size() * 2);
    for (UnitEstimate u : units) {
      byKey.computeIfAbsent(selectionKey(u.unit()), k -> new ArrayList<>(1)).add(u);
    }
    List<UnitEstimate> representatives = new ArrayList<>(byKey.size());
    Map<String, List<UnitEstimate>> members = new HashMap<>();
    for (List<UnitEstimate> group : byKey.values()) {
      if (group.size() == 1) {
        representatives.add(group.get(0));
        continue;
      }
      group.sort(ShardPlanner.LONGEST_FIRST);
      String name = group.stream().map(UnitEstimate::unit).min(String::compareTo).orElseThrow();
      long millis = 0;
      int samples = Integer.MAX_VALUE;
      for (UnitEstimate u : group) {
        millis += u.millis();
        samples = Math.min(samples, u.samples());
      }
      representatives.add(new UnitEstimate(name, millis, samples));
      members.put(name, List.copyOf(group));
    }
    return new SelectionGroups(representatives, members);
  }

  /**
   * Whether {@code unit} is certainly its own {@link #selectionKey}, seen in one pass over it: no
   * test separator ({@code #} or {@code ::}) and no JVM source file name, which every class name
   * and most file names are. False only means "ask {@link #selectionKey}".
   */
  static boolean plainlyItsOwnKey(String unit) {
    int n = unit.length();
    int lastDot = -1;
    for (int i = 0; i < n; i++) {
      char c = unit.charAt(i);
      if (c == '#' || c == ':') {
        return false;
      }
      if (c == '.') {
        lastDot = i;
      }
    }
    if (lastDot >= 0) {
      for (String ext : JVM_SOURCES) {
        if (ext.length() == n - lastDot && unit.regionMatches(true, lastDot, ext, 0, n - lastDot)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * What a runner selects a test by: the test's name without its parameters ({@code a.B#m(int)[1]}
   * and {@code t.py::test_m[1]} give {@code a.B#m} and {@code t.py::test_m}); anything that is not
   * a single test is its own key.
   */
  static String selectionKey(String unit) {
    String jvmSource = jvmSourceKey(unit);
    if (jvmSource != null) {
      return jvmSource;
    }
    int test = Math.max(unit.lastIndexOf('#'), unit.lastIndexOf("::"));
    if (test < 0) {
      return unit;
    }
    for (int i = test + 1; i < unit.length(); i++) {
      char c = unit.charAt(i);
      if (c == '(' || c == '[') {
        return unit.substring(0, i);
      }
    }
    return unit;
  }

  /**
   * A JVM test source file as Surefire selects it: by its path below the source root, in every
   * module of the build ({@code a/src/test/java/x/FooTest.java} and {@code
   * b/src/test/java/x/FooTest.java} are both {@code x/FooTest.java}, so two shards given one each
   * would both run both). Null for anything else.
   */
  private static String jvmSourceKey(String unit) {
    if (unit.indexOf('#') >= 0 || unit.contains("::")) {
      return null;
    }
    for (String ext : JVM_SOURCES) {
      // endsWith, ignoring case, without a lower-case copy of every unit name
      if (unit.regionMatches(true, unit.length() - ext.length(), ext, 0, ext.length())) {
        return "surefire:" + RunnerFormat.surefirePattern(unit, Granularity.FILE);
      }
    }
    return null;
  }

  // An array: a list's iterator would be one more object for every unit planned.
  private static final String[] JVM_SOURCES = {".java", ".kt", ".groovy", ".scala"};
}
