package dev.paralleltests.core.history;

import java.time.Instant;
import java.util.List;

/** Recorded builds for tests: {@code Builds.build(3).test("a.Foo", "x", 120).done()}. */
final class Builds {
  static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

  private final String id;
  private final Instant at;
  private final BuildTimings.Builder timings = BuildTimings.builder();

  private Builds(String id, Instant at) {
    this.id = id;
    this.at = at;
  }

  /** Build number n, recorded n minutes after T0. */
  static Builds build(int n) {
    return new Builds(Integer.toString(n), T0.plusSeconds(60L * n));
  }

  static Builds build(String id, Instant at) {
    return new Builds(id, at);
  }

  /** A class that ran as one case taking {@code ms}. */
  Builds unit(String className, long ms) {
    return test(className, "test", ms);
  }

  Builds test(String className, String name, long ms) {
    timings.addCase(TestCaseId.basic(className, name, "", List.of(className)), ms);
    return this;
  }

  Builds suiteExtra(String className, long ms) {
    timings.addSuiteExtra(TestCaseId.basic(className, "", "", List.of(className)), ms);
    return this;
  }

  RecordedBuild done() {
    return RecordedBuild.of(id, at, timings.build());
  }
}
