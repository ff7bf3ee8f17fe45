package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The recorded builds, oldest first, and the estimates they give. Immutable.
 *
 * <p>The estimation rules (docs/history-format.md has the full text):
 *
 * <ul>
 *   <li>a unit's time in one build is the sum of its samples in that build (all its cases, over
 *       every shard, plus its suites' own time at the class and file granularities);
 *   <li>its estimate is the median (or p85) of its own last K such times, from whichever builds ran
 *       it, so a build that ran only some tests never erases the history of the others, however
 *       many such builds come in a row;
 *   <li>a unit not seen in the last M builds is forgotten (a deleted test);
 *   <li>a unit never seen is estimated at the median of the known estimates; when nothing at all is
 *       known, every unit gets the same default (1 s), which makes the split round-robin-like.
 * </ul>
 */
public final class TimingHistory {

  private static final Comparator<RecordedBuild> ORDER =
      Comparator.comparing(RecordedBuild::recordedAt).thenComparing(RecordedBuild::id);

  private static final TimingHistory EMPTY = new TimingHistory(List.of());

  private final List<RecordedBuild> builds;
  // Per-unit series are the costly part (every sample of every build); a planner asks for the
  // same ones several times (known units, then their estimates), so they are kept per history.
  private final Map<SeriesKey, Map<String, long[]>> seriesCache = new ConcurrentHashMap<>();

  private TimingHistory(List<RecordedBuild> builds) {
    this.builds = builds;
  }

  private record SeriesKey(
      Granularity granularity, UnitNaming naming, int samples, int retention) {}

  /** No builds: every estimate is the default. */
  public static TimingHistory empty() {
    return EMPTY;
  }

  /**
   * A history of these builds, in any order: they are ordered by recording time, then ID. Where two
   * have the same ID, the one recorded later replaces the other.
   */
  public static TimingHistory of(Collection<RecordedBuild> builds) {
    Map<String, RecordedBuild> byId = new HashMap<>();
    for (RecordedBuild b : builds) {
      byId.merge(b.id(), b, (old, now) -> now.recordedAt().isBefore(old.recordedAt()) ? old : now);
    }
    List<RecordedBuild> ordered = new ArrayList<>(byId.values());
    ordered.sort(ORDER);
    return ordered.isEmpty() ? EMPTY : new TimingHistory(List.copyOf(ordered));
  }

  /** The builds, oldest first, with their figures (for trend charts). */
  public List<RecordedBuild> builds() {
    return builds;
  }

  public boolean isEmpty() {
    return builds.isEmpty();
  }

  /** This history with one more build (replacing any build with the same ID). */
  public TimingHistory with(RecordedBuild build) {
    List<RecordedBuild> all = new ArrayList<>(builds);
    all.add(build);
    return of(all);
  }

  /**
   * Estimates each unit, in the caller's order and spelling, matching the caller's names in
   * canonical form against the unit names stored with the samples ({@link UnitNaming#stored()}).
   *
   * @param units the units to plan, as the caller names them
   * @param granularity what they are
   */
  public Estimates estimate(
      Collection<String> units, Granularity granularity, EstimateOptions options) {
    return estimate(units, granularity, UnitNaming.stored(), options);
  }

  /**
   * Estimates each unit, in the caller's order and spelling; units are matched by their canonical
   * name.
   *
   * @param units the units to plan, as the caller names them
   * @param granularity what they are
   * @param naming how samples and the caller's names become canonical unit names
   */
  public Estimates estimate(
      Collection<String> units,
      Granularity granularity,
      UnitNaming naming,
      EstimateOptions options) {
    return UnitSeries.estimate(
        series(granularity, naming, options), units, granularity, naming, options);
  }

  /**
   * Every unit the history knows at this granularity (seen in the last M builds), sorted: the units
   * to plan when the caller names none.
   */
  public List<String> knownUnits(Granularity granularity, EstimateOptions options) {
    return knownUnits(granularity, UnitNaming.stored(), options);
  }

  /** {@link #knownUnits(Granularity, EstimateOptions)} with another naming. */
  public List<String> knownUnits(
      Granularity granularity, UnitNaming naming, EstimateOptions options) {
    return UnitSeries.knownUnits(series(granularity, naming, options));
  }

  /**
   * The test-level estimates of each class, for a planner that splits a class too long for one
   * shard into its test cases. Keys are the caller's class names, in the caller's order; each list
   * is sorted by test name and holds the tests seen in the last M builds (empty for a class the
   * history does not know). The tests' sum is usually less than the class's estimate: setup and
   * teardown belong to no test.
   */
  public Map<String, List<UnitEstimate>> testEstimates(
      Collection<String> classUnits, EstimateOptions options) {
    return testEstimates(classUnits, UnitNaming.stored(), options);
  }

  /** {@link #testEstimates(Collection, EstimateOptions)} with another naming. */
  public Map<String, List<UnitEstimate>> testEstimates(
      Collection<String> classUnits, UnitNaming naming, EstimateOptions options) {
    Map<String, long[]> tests = series(Granularity.TEST, naming, options);
    Map<String, Set<String>> testsByClass = new HashMap<>();
    Map<TestCaseId, Boolean> seen = new HashMap<>();
    for (RecordedBuild b : builds) {
      for (TestCaseId id : b.timings().caseMillis().keySet()) {
        if (seen.putIfAbsent(id, Boolean.TRUE) != null) {
          continue;
        }
        Optional<String> test = naming.unitOf(id, Granularity.TEST);
        Optional<String> cls = naming.unitOf(id, Granularity.CLASS);
        if (test.isPresent() && cls.isPresent() && tests.containsKey(test.get())) {
          testsByClass.computeIfAbsent(cls.get(), k -> new TreeSet<>()).add(test.get());
        }
      }
    }
    Map<String, List<UnitEstimate>> result = new LinkedHashMap<>();
    for (String cls : classUnits) {
      List<UnitEstimate> list = new ArrayList<>();
      for (String test :
          testsByClass.getOrDefault(naming.canonical(cls, Granularity.CLASS), Set.of())) {
        long[] samples = tests.get(test);
        list.add(UnitEstimate.known(test, options.statistic().of(samples), samples.length));
      }
      result.putIfAbsent(cls, List.copyOf(list));
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The IDs of the builds an estimate with these options can still use: the last M builds, and
   * every build holding one of the last K samples of a test case seen in them. Whatever the
   * granularity, a unit's last K samples come from these builds (each of them holds one of the last
   * K samples of one of the unit's cases). The others can be deleted.
   */
  public Set<String> buildsInUse(EstimateOptions options) {
    int n = builds.size();
    int windowStart = windowStart(options);
    Set<String> keep = new HashSet<>();
    Map<TestCaseId, Integer> caseCounts = new HashMap<>();
    Map<TestCaseId, Integer> extraCounts = new HashMap<>();
    for (int i = n - 1; i >= 0; i--) {
      RecordedBuild b = builds.get(i);
      boolean used = i >= windowStart;
      used |= counts(b.timings().caseMillis().keySet(), caseCounts, i >= windowStart, options);
      used |=
          counts(b.timings().suiteExtraMillis().keySet(), extraCounts, i >= windowStart, options);
      if (used) {
        keep.add(b.id());
      }
    }
    return keep;
  }

  /**
   * The index of the oldest build in the retention window: the last M builds that recorded any
   * sample. A build without samples (every shard crashed, nothing reported) says nothing about
   * which tests exist, so a run of them must not make the history forget everything.
   */
  private int windowStart(EstimateOptions options) {
    return UnitSeries.windowStart(
        builds.size(), i -> !builds.get(i).timings().isEmpty(), options.retention());
  }

  private static boolean counts(
      Set<TestCaseId> ids, Map<TestCaseId, Integer> counts, boolean inWindow, EstimateOptions o) {
    boolean used = false;
    for (TestCaseId id : ids) {
      Integer count = counts.get(id);
      if (count == null && !inWindow) {
        continue; // first seen (newest first) before the window: forgotten
      }
      int c = count == null ? 0 : count;
      if (c < o.samples()) {
        counts.put(id, c + 1);
        used = true;
      }
    }
    return used;
  }

  /**
   * Each retained unit's last K per-build times, newest first. Builds are walked newest first; a
   * unit first met before the retention window is not retained.
   */
  private Map<String, long[]> series(
      Granularity granularity, UnitNaming naming, EstimateOptions options) {
    Objects.requireNonNull(granularity, "granularity");
    Objects.requireNonNull(naming, "naming");
    Objects.requireNonNull(options, "options");
    return seriesCache.computeIfAbsent(
        new SeriesKey(granularity, naming, options.samples(), options.retention()),
        k -> computeSeries(granularity, naming, options));
  }

  private Map<String, long[]> computeSeries(
      Granularity granularity, UnitNaming naming, EstimateOptions options) {
    int n = builds.size();
    int windowStart = windowStart(options);
    int k = options.samples();
    Map<TestCaseId, Optional<String>> names = new HashMap<>();
    UnitSeries.Builder series =
        new UnitSeries.Builder(k, n == 0 ? 0 : builds.get(n - 1).timings().caseMillis().size());
    Map<String, Long> perUnit = new LinkedHashMap<>();
    for (int i = n - 1; i >= 0; i--) {
      BuildTimings t = builds.get(i).timings();
      perUnit.clear();
      add(t.caseMillis(), granularity, naming, names, perUnit);
      if (granularity != Granularity.TEST) {
        add(t.suiteExtraMillis(), granularity, naming, names, perUnit);
      }
      boolean inWindow = i >= windowStart;
      for (Map.Entry<String, Long> e : perUnit.entrySet()) {
        series.add(e.getKey(), e.getValue(), inWindow);
      }
    }
    return series.build();
  }

  private static void add(
      Map<TestCaseId, Long> samples,
      Granularity granularity,
      UnitNaming naming,
      Map<TestCaseId, Optional<String>> names,
      Map<String, Long> perUnit) {
    if (naming == UnitNaming.stored()) {
      // The names are in the samples: a cache would cost more than it saves.
      for (Map.Entry<TestCaseId, Long> e : samples.entrySet()) {
        String unit = e.getKey().unit(granularity);
        if (!unit.isEmpty()) {
          perUnit.merge(unit, e.getValue(), Long::sum);
        }
      }
      return;
    }
    for (Map.Entry<TestCaseId, Long> e : samples.entrySet()) {
      Optional<String> unit =
          names.computeIfAbsent(e.getKey(), id -> naming.unitOf(id, granularity));
      unit.ifPresent(u -> perUnit.merge(u, e.getValue(), Long::sum));
    }
  }

  @Override
  public String toString() {
    return "TimingHistory[" + builds.size() + " builds]";
  }
}
