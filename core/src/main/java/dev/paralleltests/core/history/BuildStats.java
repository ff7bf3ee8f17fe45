package dev.paralleltests.core.history;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Build-level figures kept next to a build's timings, for trend charts: each is optional, because
 * whoever records a build knows only some of them (a bare {@code record} of reports knows the test
 * count, a full run knows everything).
 *
 * @param wallMillis the slowest shard's time: how long the tests held up the build
 * @param testMillis test time: the sum of the build's test times (every attempt), the serial
 *     estimate. The same figure whoever records the build, so trends compare like with like; files
 *     written before it had this name call it {@code machineMillis}
 * @param shards how many shards ran
 * @param tests how many test cases ran (skipped ones included)
 * @param failed failed cases (errors included)
 * @param skipped skipped cases
 * @param flaky cases that failed and then passed on a later attempt
 * @param imbalance the slowest shard over the lower bound, 1.0 being a perfect split
 * @param status the build's result in the recorder's words ({@code SUCCESS}, {@code UNSTABLE} ...)
 * @param other figures this version does not know, kept as written (a newer writer's)
 */
public record BuildStats(
    OptionalLong wallMillis,
    OptionalLong testMillis,
    OptionalInt shards,
    OptionalInt tests,
    OptionalInt failed,
    OptionalInt skipped,
    OptionalInt flaky,
    OptionalDouble imbalance,
    Optional<String> status,
    Map<String, String> other) {

  private static final BuildStats NONE =
      new BuildStats(
          OptionalLong.empty(),
          OptionalLong.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalInt.empty(),
          OptionalDouble.empty(),
          Optional.empty(),
          Map.of());

  private static final Pattern KEY = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

  public BuildStats {
    Objects.requireNonNull(wallMillis, "wallMillis");
    Objects.requireNonNull(testMillis, "testMillis");
    Objects.requireNonNull(shards, "shards");
    Objects.requireNonNull(tests, "tests");
    Objects.requireNonNull(failed, "failed");
    Objects.requireNonNull(skipped, "skipped");
    Objects.requireNonNull(flaky, "flaky");
    Objects.requireNonNull(imbalance, "imbalance");
    Objects.requireNonNull(status, "status");
    other = Collections.unmodifiableMap(new TreeMap<>(other));
    for (String key : other.keySet()) {
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("not a valid figure name: '" + key + "'");
      }
    }
    if (imbalance.isPresent() && !(imbalance.getAsDouble() >= 0)) {
      throw new IllegalArgumentException("imbalance must be a number >= 0: " + imbalance);
    }
  }

  /** No figures at all. */
  public static BuildStats none() {
    return NONE;
  }

  public BuildStats withWallMillis(long millis) {
    return new BuildStats(
        OptionalLong.of(millis),
        testMillis,
        shards,
        tests,
        failed,
        skipped,
        flaky,
        imbalance,
        status,
        other);
  }

  public BuildStats withTestMillis(long millis) {
    return new BuildStats(
        wallMillis,
        OptionalLong.of(millis),
        shards,
        tests,
        failed,
        skipped,
        flaky,
        imbalance,
        status,
        other);
  }

  public BuildStats withShards(int count) {
    return new BuildStats(
        wallMillis,
        testMillis,
        OptionalInt.of(count),
        tests,
        failed,
        skipped,
        flaky,
        imbalance,
        status,
        other);
  }

  public BuildStats withTests(int count) {
    return new BuildStats(
        wallMillis,
        testMillis,
        shards,
        OptionalInt.of(count),
        failed,
        skipped,
        flaky,
        imbalance,
        status,
        other);
  }

  public BuildStats withFailed(int count) {
    return new BuildStats(
        wallMillis,
        testMillis,
        shards,
        tests,
        OptionalInt.of(count),
        skipped,
        flaky,
        imbalance,
        status,
        other);
  }

  public BuildStats withSkipped(int count) {
    return new BuildStats(
        wallMillis,
        testMillis,
        shards,
        tests,
        failed,
        OptionalInt.of(count),
        flaky,
        imbalance,
        status,
        other);
  }

  public BuildStats withFlaky(int count) {
    return new BuildStats(
        wallMillis,
        testMillis,
        shards,
        tests,
        failed,
        skipped,
        OptionalInt.of(count),
        imbalance,
        status,
        other);
  }

  public BuildStats withImbalance(double ratio) {
    return new BuildStats(
        wallMillis,
        testMillis,
        shards,
        tests,
        failed,
        skipped,
        flaky,
        OptionalDouble.of(ratio),
        status,
        other);
  }

  public BuildStats withStatus(String text) {
    return new BuildStats(
        wallMillis,
        testMillis,
        shards,
        tests,
        failed,
        skipped,
        flaky,
        imbalance,
        Optional.of(text),
        other);
  }

  /** Adds a figure this version has no field for; it is written and read back as text. */
  public BuildStats withOther(String key, String value) {
    Map<String, String> more = new TreeMap<>(other);
    more.put(key, Objects.requireNonNull(value, "value"));
    return new BuildStats(
        wallMillis, testMillis, shards, tests, failed, skipped, flaky, imbalance, status, more);
  }

  /** True when no figure is known. */
  public boolean isEmpty() {
    return equals(NONE);
  }
}
