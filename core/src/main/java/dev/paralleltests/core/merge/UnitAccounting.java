package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.report.RunProblem;
import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.UnitNamer;
import dev.paralleltests.core.unit.UnitNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which planned units the reports mention, unit by unit: a runner that silently skips one planned
 * class (a filter that matched nothing, a test file that failed to load) leaves its shard with
 * fewer units than planned, which whole-shard counts never show.
 *
 * <p>Each reported case is named as {@code record} names it ({@link UnitNamer}, by the report's
 * style) at the plan's granularity, and matched against the plan's units in canonical form. A
 * planned test without parameters ({@code a.B#m}) is also mentioned by its parameterized cases
 * ({@code a.B#m(int)[1]}); a planned file is also mentioned by a reported path that ends with it,
 * or that it ends with (a report written from a sub-directory), when only one planned file fits.
 */
final class UnitAccounting {

  private final Granularity granularity;
  private final UnitNamer namer;
  private final List<Shard> shards;
  private final Map<String, String> planned = new HashMap<>(); // canonical -> as planned
  private final Map<String, List<String>> plannedByFileName = new HashMap<>();
  private final Set<String> mentioned = new HashSet<>();
  private final Map<String, Boolean> namesSeen = new HashMap<>();
  private String firstReported = "";
  private String firstPlanned = "";
  private long cases;

  UnitAccounting(ShardPlan plan, UnitNamer namer) {
    this.granularity = plan.granularity();
    this.namer = namer;
    this.shards = plan.shards();
    for (Shard s : shards) {
      for (String unit : s.units()) {
        String canonical = canonical(unit);
        planned.putIfAbsent(canonical, unit);
        if (firstPlanned.isEmpty()) {
          firstPlanned = unit;
        }
        if (granularity == Granularity.FILE) {
          plannedByFileName
              .computeIfAbsent(fileName(canonical), k -> new ArrayList<>())
              .add(canonical);
        }
      }
    }
  }

  /** Notes the unit one reported case belongs to. */
  void observe(ReportedCase testCase) {
    cases++;
    String unit;
    try {
      unit = namer.unitName(testCase, granularity);
    } catch (RuntimeException e) {
      return; // a case no rule can name mentions no planned unit
    }
    if (firstReported.isEmpty()) {
      firstReported = unit;
    }
    // Many cases share a unit: each distinct name is matched once.
    if (namesSeen.putIfAbsent(unit, Boolean.TRUE) != null) {
      return;
    }
    if (mention(unit)) {
      return;
    }
    if (granularity == Granularity.TEST) {
      mention(withoutParameters(unit));
    } else if (granularity == Granularity.FILE) {
      mentionBySuffix(unit);
    }
  }

  /**
   * The problems: per shard that reported tests, its planned units no report mentions. Shards
   * without results ({@code silent}) have their own problem and are left out here.
   *
   * @param silent shards that are missing or reported no test at all
   * @param warnings receives a warning instead when no planned unit at all is mentioned although
   *     tests were reported: then the reports' names do not fit the plan's (another repository
   *     root, or reports without file names), and counting every unit missing would be wrong
   */
  List<RunProblem> problems(Set<Integer> silent, List<String> warnings) {
    if (cases > 0 && mentioned.isEmpty() && !planned.isEmpty() && firstReported.isEmpty()) {
      // Node's junit reporter, jest-junit without addFileAttribute: another root would not help.
      warnings.add(
          "no planned unit could be found in the reports, which name no file (a planned unit is '"
              + firstPlanned
              + "'): planned units are not checked one by one, only each shard's test count");
      return List.of();
    }
    if (cases > 0 && mentioned.isEmpty() && !planned.isEmpty()) {
      warnings.add(
          "no planned unit could be found in the reports (a reported case is named '"
              + firstReported
              + "', a planned unit '"
              + firstPlanned
              + "'): planned units are not checked one by one; run merge from the repository"
              + " root, and make the runner write file names into its reports");
      return List.of();
    }
    List<RunProblem> problems = new ArrayList<>();
    for (Shard s : shards) {
      if (silent.contains(s.index())) {
        continue;
      }
      List<String> missing = new ArrayList<>();
      for (String unit : s.units()) {
        if (!mentioned.contains(canonical(unit))) {
          missing.add(unit);
        }
      }
      if (!missing.isEmpty()) {
        problems.add(RunProblem.unitsMissing(s.index(), s.units().size(), missing));
      }
    }
    return problems;
  }

  /** A planned name as the namer writes it; the root directory is {@code .}, as Go's namer says. */
  private String canonical(String unit) {
    String c = UnitNames.canonical(unit, granularity);
    return c.isEmpty() && granularity == Granularity.FILE ? "." : c;
  }

  private boolean mention(String unit) {
    if (planned.containsKey(unit)) {
      mentioned.add(unit);
      return true;
    }
    return false;
  }

  private void mentionBySuffix(String reported) {
    List<String> sameName = plannedByFileName.getOrDefault(fileName(reported), List.of());
    String match = null;
    for (String candidate : sameName) {
      if (endsWithPath(candidate, reported) || endsWithPath(reported, candidate)) {
        if (match != null) {
          return; // ambiguous: two planned files fit
        }
        match = candidate;
      }
    }
    if (match != null) {
      mentioned.add(match);
    }
  }

  private static boolean endsWithPath(String path, String tail) {
    return path.endsWith("/" + tail);
  }

  private static String fileName(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  /** {@code a.B#m(int)[1]} and {@code t.py::test_m[1]} without their parameters. */
  static String withoutParameters(String unit) {
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
}
