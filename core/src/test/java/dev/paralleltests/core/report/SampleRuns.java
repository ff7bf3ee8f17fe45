package dev.paralleltests.core.report;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/** Run summaries to render: built by hand so each test knows exactly what must be shown. */
final class SampleRuns {
  static final String HOSTILE = "<script>alert('x')</script> & \"quoted\" | `tick` *bold*";

  private SampleRuns() {}

  static ShardSummary shard(
      int index, ShardStatus status, Totals totals, long planned, Long actual) {
    return new ShardSummary(
        index,
        status,
        totals,
        OptionalLong.of(planned),
        OptionalInt.of(10),
        actual == null ? OptionalLong.empty() : OptionalLong.of(actual),
        1,
        actual == null ? 0 : 3,
        "agent-" + index,
        "");
  }

  /** Four shards, one with a failure and a flaky test: 1,234 tests. */
  static RunSummary failing() {
    List<ShardSummary> shards =
        List.of(
            shard(1, ShardStatus.PASSED, Totals.of(300, 0, 0, 10, 0), 240_000, 251_000L),
            shard(2, ShardStatus.PASSED, Totals.of(305, 0, 0, 5, 1), 240_000, 238_500L),
            shard(3, ShardStatus.FAILED, Totals.of(299, 1, 1, 0, 0), 239_000, 262_300L),
            shard(4, ShardStatus.PASSED, Totals.of(310, 0, 0, 3, 0), 238_000, 229_900L));
    Totals totals = Totals.ZERO;
    for (ShardSummary s : shards) {
      totals = totals.plus(s.totals());
    }
    return new RunSummary(
        totals,
        shards,
        262_300,
        981_700,
        900_000,
        245_425,
        OptionalLong.of(240_000),
        OptionalInt.of(12),
        List.of(
            new TestTiming(3, "com.example.CheckoutIT", "paysWithCard", 48_200),
            new TestTiming(1, "com.example.SearchIT", "findsEverything", 31_000),
            new TestTiming(2, "com.example.LoginTest", HOSTILE, 12_500)),
        List.of(
            new TestTiming(3, "com.example.CheckoutIT", "", 120_000),
            new TestTiming(1, "com.example.SearchIT", "", 90_000)),
        List.of(
            new FailedTest(
                3,
                "com.example.CheckoutIT",
                "refundsOrder",
                false,
                false,
                2,
                List.of("expected 200 but was 500", "expected 200 but was 503"),
                "java.lang.AssertionError: expected 200 but was 503\n\tat CheckoutIT.java:42",
                "POST /refund -> 503"),
            new FailedTest(
                3,
                "com.example.Cart",
                HOSTILE,
                true,
                false,
                1,
                List.of(HOSTILE),
                HOSTILE,
                HOSTILE)),
        List.of(
            new FailedTest(
                2,
                "com.example.FlakyTest",
                "sometimes",
                false,
                true,
                2,
                List.of("timeout after 5s"),
                "",
                "")),
        List.of("com.example.A.t ran in shards 1 and 2; kept both"),
        List.of());
  }

  /** A green run of {@code n} shards. */
  static RunSummary green(int n) {
    List<ShardSummary> shards = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      shards.add(shard(i, ShardStatus.PASSED, Totals.of(10, 0, 0, 0, 0), 1_000, 1_000L + i));
    }
    return new RunSummary(
        Totals.of(10 * n, 0, 0, 0, 0),
        shards,
        1_000 + n,
        1_000L * n + n * (n + 1) / 2,
        1_000L * n + n * (n + 1) / 2,
        1_000,
        OptionalLong.empty(),
        OptionalInt.empty(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** The typical run with {@code count} failures, each with a long message. */
  static RunSummary withManyFailures(int count) {
    RunSummary base = failing();
    List<FailedTest> failures = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      failures.add(
          new FailedTest(
              1 + i % 4,
              "com.example.Generated" + i,
              "test" + i,
              false,
              false,
              1,
              List.of("message " + i + " " + "x".repeat(400)),
              "trace " + "y".repeat(1500),
              ""));
    }
    return new RunSummary(
        Totals.of(base.totals().tests() - count, count, 0, 0, 0),
        base.shards(),
        base.wallMillis(),
        base.machineMillis(),
        base.testMillis(),
        base.lowerBoundMillis(),
        base.plannedMakespanMillis(),
        base.estimatedUnits(),
        base.slowestTests(),
        base.slowestUnits(),
        failures,
        base.flakyTests(),
        base.warnings(),
        base.problems());
  }
}
