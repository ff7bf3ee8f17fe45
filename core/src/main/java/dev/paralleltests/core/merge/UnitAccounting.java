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
import java.util.Optional;
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
  private final Map<String, Integer> plannedFor = new HashMap<>(); // canonical -> its shard
  private final Map<String, List<String>> plannedByFileName = new HashMap<>();
  private final Map<String, Set<Integer>> mentionedBy = new HashMap<>(); // canonical -> shards
  private final Set<String> namesSeen = new HashSet<>();
  private final Set<Integer> reporting = new HashSet<>();
  private final int catchAll;
  // distinct units reported by shards that run only their selection, and those no shard planned
  private final Set<String> reportedBySelection = new HashSet<>();
  private final Set<String> unplannedBySelection = new java.util.LinkedHashSet<>();
  private String firstReported = "";
  private String firstPlanned = "";
  private long cases;

  UnitAccounting(ShardPlan plan, UnitNamer namer) {
    this.granularity = plan.granularity();
    this.namer = namer;
    this.shards = plan.shards();
    this.catchAll = plan.catchAllShard().map(Shard::index).orElse(0);
    for (Shard s : shards) {
      for (String unit : s.units()) {
        String canonical = canonical(unit);
        planned.putIfAbsent(canonical, unit);
        plannedFor.putIfAbsent(canonical, s.index());
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

  /** Notes the unit one reported case of {@code shard} belongs to. */
  void observe(int shard, ReportedCase testCase) {
    cases++;
    reporting.add(shard);
    String unit;
    try {
      unit = namer.unitName(testCase, granularity);
    } catch (RuntimeException e) {
      return; // a case no rule can name mentions no planned unit
    }
    if (firstReported.isEmpty()) {
      firstReported = unit;
    }
    // Many cases share a unit: each distinct name is matched once per shard.
    if (!namesSeen.add(shard + "\u0000" + unit)) {
      return;
    }
    String match = mention(unit, shard);
    if (match == null && granularity == Granularity.TEST) {
      match = mention(withoutParameters(unit), shard);
    } else if (match == null && granularity == Granularity.FILE) {
      match = mentionBySuffix(unit, shard);
    }
    if (shard != catchAll) {
      reportedBySelection.add(unit);
      if (match == null) {
        unplannedBySelection.add(unit);
      }
    }
  }

  /** How many names a refusal shows before it counts the rest. */
  static final int NAMES_SHOWN = 5;

  /**
   * Why the plan cannot be the one these reports followed, or empty when it can. A unit the plan
   * gives to one shard that only another shard reported cannot have run there had the shards
   * followed this plan; and when more than half of the units planned for the shards that reported
   * tests are in no report while more than half of the units reported by the shards that run only
   * their selection (every shard but the catch-all) are in no shard's selection, the plan describes
   * another suite. What is not a mismatch: the catch-all's units that no shard lists (tests the
   * plan never saw), a planned unit reported by its shard and another one too (it ran twice: a
   * problem of the other shard, {@link #problems}), and planned units missing from reports that
   * otherwise fit the plan (they were lost: {@link #problems}).
   */
  Optional<String> mismatch() {
    List<String> misplaced = new ArrayList<>();
    for (Shard s : shards) {
      for (String unit : s.units()) {
        Set<Integer> by = mentionedBy.get(canonical(unit));
        if (by != null && !by.contains(s.index())) {
          misplaced.add(
              unit
                  + " (planned for shard "
                  + s.index()
                  + ", reported by "
                  + (by.size() == 1 ? "shard " : "shards ")
                  + String.join(", ", by.stream().map(String::valueOf).toList())
                  + ")");
        }
      }
    }
    if (!misplaced.isEmpty()) {
      return Optional.of(
          misplaced.size()
              + " planned "
              + (misplaced.size() == 1 ? "unit was" : "units were")
              + " reported only by shards other than their own: "
              + some(misplaced));
    }
    List<String> absent = new ArrayList<>();
    int plannedForReporting = 0;
    for (Shard s : shards) {
      if (!reporting.contains(s.index())) {
        continue; // a shard without results is missing, not a sign of another plan
      }
      for (String unit : s.units()) {
        plannedForReporting++;
        if (!mentionedBy.containsKey(canonical(unit))) {
          absent.add(unit);
        }
      }
    }
    int reported = reportedBySelection.size();
    int unplanned = unplannedBySelection.size();
    if (2 * absent.size() > plannedForReporting && reported > 0 && 2 * unplanned > reported) {
      return Optional.of(
          absent.size()
              + " of "
              + count(plannedForReporting, "unit")
              + " planned for the shards that reported tests "
              + (absent.size() == 1 ? "is" : "are")
              + " in no report ("
              + some(absent)
              + "), and "
              + unplanned
              + " of "
              + count(reported, "unit")
              + " reported by shards that run only their selection "
              + (unplanned == 1 ? "is" : "are")
              + " in no shard's selection ("
              + some(new ArrayList<>(unplannedBySelection))
              + ")"
              + (mentionedBy.isEmpty() && granularity == Granularity.FILE
                  ? "; if this is the run's plan, name the repository root the tests ran in"
                      + " (--root), and make the runner write file names into its reports"
                  : ""));
    }
    return Optional.empty();
  }

  private static String some(List<String> names) {
    List<String> shown = names.subList(0, Math.min(NAMES_SHOWN, names.size()));
    return String.join(", ", shown)
        + (names.size() > shown.size() ? " and " + (names.size() - shown.size()) + " more" : "");
  }

  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
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
    if (cases > 0 && mentionedBy.isEmpty() && !planned.isEmpty() && firstReported.isEmpty()) {
      // Node's junit reporter, jest-junit without addFileAttribute: another root would not help.
      warnings.add(
          "no planned unit could be found in the reports, which name no file (a planned unit is '"
              + firstPlanned
              + "'): planned units are not checked one by one, only each shard's test count");
      return List.of();
    }
    if (cases > 0 && mentionedBy.isEmpty() && !planned.isEmpty()) {
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
        if (!mentionedBy.containsKey(canonical(unit))) {
          missing.add(unit);
        }
      }
      if (!missing.isEmpty()) {
        problems.add(RunProblem.unitsMissing(s.index(), s.units().size(), missing));
      }
    }
    problems.addAll(ranOutsideSelection());
    return problems;
  }

  /**
   * Per shard, the units the plan gave to another shard that this shard reported as well as their
   * own: a runner that ignored its selection (ran the whole suite in every shard, or every batch)
   * runs each test several times, and a run that did so is not green, even though nothing was lost.
   * A unit that only another shard reported is a plan mismatch instead ({@link #mismatch}).
   */
  private List<RunProblem> ranOutsideSelection() {
    Map<Integer, List<String>> byShard = new java.util.TreeMap<>();
    for (Shard s : shards) {
      for (String unit : s.units()) {
        String canonical = canonical(unit);
        Set<Integer> by = mentionedBy.get(canonical);
        if (by == null || by.size() < 2 || plannedFor.get(canonical) != s.index()) {
          continue;
        }
        for (int other : by) {
          if (other != s.index()) {
            byShard.computeIfAbsent(other, k -> new ArrayList<>()).add(unit);
          }
        }
      }
    }
    List<RunProblem> problems = new ArrayList<>();
    byShard.forEach((shard, units) -> problems.add(RunProblem.unitsOutsideSelection(shard, units)));
    return problems;
  }

  /** A planned name as the namer writes it; the root directory is {@code .}, as Go's namer says. */
  private String canonical(String unit) {
    String c = UnitNames.canonical(unit, granularity);
    return c.isEmpty() && granularity == Granularity.FILE ? "." : c;
  }

  /** The planned unit {@code unit} is, noted as mentioned by {@code shard}; else null. */
  private String mention(String unit, int shard) {
    if (planned.containsKey(unit)) {
      mentionedBy.computeIfAbsent(unit, k -> new java.util.TreeSet<>()).add(shard);
      return unit;
    }
    return null;
  }

  private String mentionBySuffix(String reported, int shard) {
    List<String> sameName = plannedByFileName.getOrDefault(fileName(reported), List.of());
    String match = null;
    for (String candidate : sameName) {
      if (endsWithPath(candidate, reported) || endsWithPath(reported, candidate)) {
        if (match != null) {
          return null; // ambiguous: two planned files fit
        }
        match = candidate;
      }
    }
    return match == null ? null : mention(match, shard);
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
