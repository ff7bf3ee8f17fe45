package dev.paralleltests.core.history;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The timing samples of one build: how long each test case took, and how much longer than its cases
 * each single-class suite took (setup and teardown that no case carries). Immutable; the maps
 * iterate in the order the samples were first added (a timings file's order when read from one);
 * what must be ordered, such as the timings file, sorts them.
 *
 * <p>A case reported more than once in one build (the same class split over two shards, equal
 * titles in one Jest file) has its times summed: that is what the unit cost this build.
 *
 * @param caseMillis milliseconds per test case; never negative
 * @param suiteExtraMillis per single-class suite (no case name, no test unit): the suite's {@code
 *     time} minus the time of its timed cases. A class's time in a build is the sum of its cases
 *     plus this, which is exactly its suite time. Negative when the runner ran the suite's cases in
 *     parallel.
 */
public record BuildTimings(
    Map<TestCaseId, Long> caseMillis, Map<TestCaseId, Long> suiteExtraMillis) {

  private static final BuildTimings EMPTY = new BuildTimings(Map.of(), Map.of());

  public BuildTimings {
    caseMillis = copy(caseMillis);
    suiteExtraMillis = copy(suiteExtraMillis);
    caseMillis.forEach(
        (id, millis) -> {
          if (millis < 0) {
            throw new IllegalArgumentException("negative time for " + id + ": " + millis);
          }
        });
    for (TestCaseId id : suiteExtraMillis.keySet()) {
      if (!id.name().isEmpty() || !id.testUnit().isEmpty()) {
        throw new IllegalArgumentException(
            "a suite's own time has no case name or test unit: " + id);
      }
    }
  }

  // Not Map.copyOf: its open addressing probes linearly, and the hash codes of test names that
  // differ in one digit (Class000001Test, Class000002Test) fall into long runs of neighbouring
  // slots; copying a build of 100,000 such cases took seconds (docs/performance.md, Planning).
  private static <K, V> Map<K, V> copy(Map<K, V> map) {
    if (map.isEmpty()) {
      return Map.of();
    }
    if (map instanceof HandedOver<K, V> owned) {
      // A builder's map, given up by the builder: no one else holds it, so no copy is needed
      // (for 100,000 cases, hashing every identity a second time).
      return Collections.unmodifiableMap(owned);
    }
    // Linked: the samples keep the order they were added in, which for a timings file is its
    // sorted order, so that the planner's sorts of unit names find them (nearly) sorted already.
    Map<K, V> copy = new LinkedHashMap<>(Math.max(16, (int) (map.size() / 0.75f) + 1));
    map.forEach(
        (k, v) ->
            copy.put(
                Objects.requireNonNull(k, "test case"), Objects.requireNonNull(v, k.toString())));
    return Collections.unmodifiableMap(copy);
  }

  /** A build that recorded nothing. */
  public static BuildTimings empty() {
    return EMPTY;
  }

  /** For callers that have timings from elsewhere (the Jenkins junit plugin's results). */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * One build's timings from parts collected separately (one collector per shard, say): times of
   * the same case are summed.
   */
  public static BuildTimings sum(Collection<BuildTimings> parts) {
    Builder builder = builder();
    for (BuildTimings part : parts) {
      part.caseMillis.forEach(builder::addCase);
      part.suiteExtraMillis.forEach(builder::addSuiteExtra);
    }
    return builder.build();
  }

  /** True when this build has no sample at all (every case skipped or untimed, or no report). */
  public boolean isEmpty() {
    return caseMillis.isEmpty() && suiteExtraMillis.isEmpty();
  }

  /** The total of all samples: what the build's tests cost, summed over every shard. */
  public long totalMillis() {
    long total = 0;
    for (long millis : caseMillis.values()) {
      total += millis;
    }
    for (long millis : suiteExtraMillis.values()) {
      total += millis;
    }
    return Math.max(0, total);
  }

  /** Accumulates one build's samples; adding the same identity twice sums its times. */
  public static final class Builder {
    private HandedOver<TestCaseId, Long> cases = new HandedOver<>();
    private HandedOver<TestCaseId, Long> extras = new HandedOver<>();

    private Builder() {}

    /** Adds a case's time, summed with any earlier time of the same case in this build. */
    public Builder addCase(TestCaseId id, long millis) {
      Objects.requireNonNull(id, "test case");
      if (millis < 0) {
        throw new IllegalArgumentException("negative time for " + id + ": " + millis);
      }
      cases.merge(id, millis, Long::sum);
      return this;
    }

    /** Adds a single-class suite's time beyond its cases (may be negative). */
    public Builder addSuiteExtra(TestCaseId suite, long millis) {
      extras.merge(suite.suiteLevel(), millis, Long::sum);
      return this;
    }

    public BuildTimings build() {
      if (cases.isEmpty() && extras.isEmpty()) {
        return EMPTY;
      }
      BuildTimings built = new BuildTimings(cases, extras);
      // The built timings own the maps now; the builder goes on with copies.
      cases = new HandedOver<>(cases);
      extras = new HandedOver<>(extras);
      return built;
    }
  }

  /** A map only a {@link Builder} creates, handed over to the timings it builds. */
  private static final class HandedOver<K, V> extends LinkedHashMap<K, V> {
    HandedOver() {}

    HandedOver(Map<K, V> map) {
      super(map);
    }
  }
}
