package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * The estimation rules on per-unit series (each retained unit's last K per-build times, newest
 * first), shared by {@link TimingHistory} and {@link UnitHistory} so that both estimate alike.
 */
final class UnitSeries {
  private UnitSeries() {}

  /**
   * The index of the oldest build in the retention window: the last M builds that recorded any
   * sample. A build without samples (every shard crashed, nothing reported) says nothing about
   * which tests exist, so a run of them must not make the history forget everything.
   *
   * @param builds how many builds, oldest first
   * @param hasSamples whether the build at an index recorded any sample
   */
  static int windowStart(int builds, IntPredicate hasSamples, int retention) {
    int counted = 0;
    for (int i = builds - 1; i >= 0; i--) {
      if (hasSamples.test(i) && ++counted == retention) {
        return i;
      }
    }
    return 0;
  }

  /** Estimates each unit, in the caller's order and spelling, from these series. */
  static Estimates estimate(
      Map<String, long[]> series,
      Collection<String> units,
      Granularity granularity,
      UnitNaming naming,
      EstimateOptions options) {
    long[] knownMillis = new long[Math.min(units.size(), series.size())];
    int known = 0;
    List<UnitEstimate> result = new ArrayList<>(units.size());
    List<Integer> unknownAt = new ArrayList<>();
    for (String unit : units) {
      long[] samples = series.get(naming.canonical(unit, granularity));
      if (samples == null) {
        unknownAt.add(result.size());
        result.add(null);
      } else {
        long millis = options.statistic().of(samples);
        if (known == knownMillis.length) {
          knownMillis = Arrays.copyOf(knownMillis, Math.max(16, known * 2)); // repeated units
        }
        knownMillis[known++] = millis;
        result.add(UnitEstimate.known(unit, millis, samples.length));
      }
    }
    long unknownMillis = unknownEstimate(Arrays.copyOf(knownMillis, known), series, options);
    if (!unknownAt.isEmpty()) {
      List<String> caller = List.copyOf(units);
      for (int i : unknownAt) {
        result.set(i, UnitEstimate.estimated(caller.get(i), unknownMillis));
      }
    }
    return new Estimates(result, known, unknownAt.size(), unknownMillis);
  }

  /** An estimate of every unit of these series (all known), sorted by unit. */
  static List<UnitEstimate> estimateKnown(Map<String, long[]> series, EstimateOptions options) {
    UnitEstimate[] estimates = new UnitEstimate[series.size()];
    int i = 0;
    boolean sorted = true;
    String previous = null;
    for (Map.Entry<String, long[]> e : series.entrySet()) {
      String unit = e.getKey();
      long[] samples = e.getValue();
      estimates[i++] = UnitEstimate.known(unit, options.statistic().of(samples), samples.length);
      // Series keep the order units were met in: a timings file's, which is sorted, so that
      // usually this one comparison per unit is all the sorting there is.
      sorted &= previous == null || previous.compareTo(unit) < 0;
      previous = unit;
    }
    if (!sorted) {
      Arrays.sort(estimates, BY_UNIT);
    }
    return Collections.unmodifiableList(Arrays.asList(estimates)); // kept and shared by the history
  }

  private static final Comparator<UnitEstimate> BY_UNIT = Comparator.comparing(UnitEstimate::unit);

  /** The units of these series, sorted. */
  static List<String> knownUnits(Map<String, long[]> series) {
    // An array sort, not a TreeSet: for 100,000 units it is several times cheaper.
    String[] units = series.keySet().toArray(new String[0]);
    Arrays.sort(units);
    return List.of(units);
  }

  private static long unknownEstimate(
      long[] knownMillis, Map<String, long[]> series, EstimateOptions options) {
    if (knownMillis.length > 0) {
      return Statistic.MEDIAN.of(knownMillis);
    }
    if (series.isEmpty()) {
      return options.defaultMillis();
    }
    // None of the caller's units is known, but the history knows others: they still say how
    // long a unit of this suite takes.
    long[] all = new long[series.size()];
    int i = 0;
    for (long[] samples : series.values()) {
      all[i++] = options.statistic().of(samples);
    }
    return Statistic.MEDIAN.of(all);
  }

  /**
   * Collects the series from per-build unit times, builds walked newest first: a unit first met
   * before the retention window is not retained, and a unit keeps its first K times.
   */
  static final class Builder {
    private final int samples;
    // Linked: units keep the order they are met in (a timings file's sorted order), so that
    // knownUnits' sort finds them nearly sorted and takes one pass. Each array is exactly as long
    // as its series (one element for most units of most histories): no second map, no holder
    // object per unit for the collector to move.
    private final Map<String, long[]> series;

    Builder(int samples, int expectedUnits) {
      this.samples = samples;
      this.series = new LinkedHashMap<>(Math.max(16, (int) (expectedUnits / 0.75f) + 1));
    }

    /**
     * The first build's times, into empty series: {@code units} distinct, as a build holds them.
     */
    void addNew(String[] units, long[] millis) {
      if (!series.isEmpty()) {
        throw new IllegalStateException("series already hold units");
      }
      for (int u = 0; u < units.length; u++) {
        series.put(units[u], new long[] {Math.max(0, millis[u])});
      }
    }

    /** A unit's time in one build (clamped at 0), the builds met newest first. */
    void add(String unit, long millis, boolean inWindow) {
      long[] s = series.get(unit);
      if (s == null) {
        if (inWindow) {
          series.put(unit, new long[] {Math.max(0, millis)});
        }
      } else if (s.length < samples) {
        long[] longer = Arrays.copyOf(s, s.length + 1);
        longer[s.length] = Math.max(0, millis);
        series.put(unit, longer);
      }
    }

    Map<String, long[]> build() {
      return Collections.unmodifiableMap(series);
    }
  }
}
