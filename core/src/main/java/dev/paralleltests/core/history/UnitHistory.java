package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The timing history as a plan reads it: each recorded build's per-unit times at one granularity,
 * read straight from the timings files ({@link TimingHistoryStore#loadUnits}), with nothing kept
 * per test case. It gives exactly the known units and estimates a {@link TimingHistory} of the same
 * files gives at that granularity, with the units as stored ({@link UnitNaming#stored()}), for a
 * fraction of the memory: for 100,000 units, a name and a number each instead of a test case
 * identity, a map entry and a boxed time per case. Immutable.
 */
public final class UnitHistory {

  private static final Comparator<BuildUnits> ORDER =
      Comparator.comparing(BuildUnits::recordedAt).thenComparing(BuildUnits::id);

  private final Granularity granularity;
  private final List<BuildUnits> builds;
  // The series of the last options asked for: a planner asks for known units, then estimates.
  private EstimateOptions cachedFor;
  private Map<String, long[]> cached;
  // The known units' estimates of the last options asked for: read ahead on another thread by the
  // command line while it starts, then asked for again by the plan.
  private EstimateOptions knownFor;
  private List<UnitEstimate> known;

  private UnitHistory(Granularity granularity, List<BuildUnits> builds) {
    this.granularity = granularity;
    this.builds = builds;
  }

  /** No builds: every estimate is the default. */
  public static UnitHistory empty(Granularity granularity) {
    return new UnitHistory(Objects.requireNonNull(granularity, "granularity"), List.of());
  }

  /**
   * A history of these builds, in any order, ordered and deduplicated as {@link
   * TimingHistory#of(Collection)} does: by recording time, then ID; of two with the same ID, the
   * one recorded later (the later given, at the same time).
   */
  static UnitHistory of(Granularity granularity, Collection<BuildUnits> builds) {
    Map<String, BuildUnits> byId = new HashMap<>();
    for (BuildUnits b : builds) {
      byId.merge(b.id(), b, (old, now) -> now.recordedAt().isBefore(old.recordedAt()) ? old : now);
    }
    List<BuildUnits> ordered = new ArrayList<>(byId.values());
    ordered.sort(ORDER);
    return new UnitHistory(
        Objects.requireNonNull(granularity, "granularity"), List.copyOf(ordered));
  }

  /** The granularity of the units this history holds. */
  public Granularity granularity() {
    return granularity;
  }

  /** How many builds it holds. */
  public int buildCount() {
    return builds.size();
  }

  /** The ID of the newest build (the last in recording order); empty when there is none. */
  public String newestBuildId() {
    return builds.isEmpty() ? "" : builds.get(builds.size() - 1).id();
  }

  /**
   * Every unit known (seen in the last M builds), sorted: {@link
   * TimingHistory#knownUnits(Granularity, EstimateOptions)} at this history's granularity.
   */
  public List<String> knownUnits(EstimateOptions options) {
    return UnitSeries.knownUnits(series(options));
  }

  /**
   * Every known unit's estimate, sorted by unit: {@code estimate(knownUnits(options),
   * options).units()} in one pass over the series, without looking each unit up again (what a plan
   * of the history's own units asks for; for 100,000 units, 100,000 look-ups fewer).
   */
  public synchronized List<UnitEstimate> estimateKnown(EstimateOptions options) {
    if (known == null || !knownFor.equals(options)) {
      known = UnitSeries.estimateKnown(series(options), options);
      knownFor = options;
    }
    return known;
  }

  /**
   * Estimates each unit, in the caller's order and spelling: {@link TimingHistory#estimate(
   * Collection, Granularity, EstimateOptions)} at this history's granularity.
   */
  public Estimates estimate(Collection<String> units, EstimateOptions options) {
    return UnitSeries.estimate(series(options), units, granularity, UnitNaming.stored(), options);
  }

  /**
   * Each build's time per unit (the sum of the unit's samples in it), oldest build first: what
   * {@code CatchAllReserve} learns new tests' time from.
   */
  public List<Map<String, Long>> unitMillisPerBuild() {
    List<Map<String, Long>> result = new ArrayList<>(builds.size());
    for (BuildUnits b : builds) {
      Map<String, Long> units = new HashMap<>(Math.max(16, b.units().length * 2));
      for (int i = 0; i < b.units().length; i++) {
        units.put(b.units()[i], b.millis()[i]);
      }
      result.add(units);
    }
    return result;
  }

  private synchronized Map<String, long[]> series(EstimateOptions options) {
    Objects.requireNonNull(options, "options");
    if (cached == null
        || cachedFor.samples() != options.samples()
        || cachedFor.retention() != options.retention()) {
      cached = computeSeries(options);
      cachedFor = options;
    }
    return cached;
  }

  private Map<String, long[]> computeSeries(EstimateOptions options) {
    int n = builds.size();
    int windowStart =
        UnitSeries.windowStart(n, i -> builds.get(i).hasSamples(), options.retention());
    UnitSeries.Builder series =
        new UnitSeries.Builder(options.samples(), n == 0 ? 0 : builds.get(n - 1).units().length);
    for (int i = n - 1; i >= 0; i--) {
      BuildUnits b = builds.get(i);
      boolean inWindow = i >= windowStart;
      if (i == n - 1 && inWindow) {
        // The newest build's units are distinct (a build holds each unit once) and the series
        // empty: each is new, no look-up needed.
        series.addNew(b.units(), b.millis());
        continue;
      }
      for (int u = 0; u < b.units().length; u++) {
        series.add(b.units()[u], b.millis()[u], inWindow);
      }
    }
    return series.build();
  }

  /**
   * What loading a store for planning gave.
   *
   * @param history the history of every readable build
   * @param warnings one for every file that could not be used, as {@link TimingHistoryStore#load()}
   *     gives them
   */
  public record Load(UnitHistory history, List<HistoryWarning> warnings) {
    public Load {
      Objects.requireNonNull(history, "history");
      warnings = List.copyOf(warnings);
    }
  }

  @Override
  public String toString() {
    return "UnitHistory[" + builds.size() + " builds, " + granularity.label() + "]";
  }
}
