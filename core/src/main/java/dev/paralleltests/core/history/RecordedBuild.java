package dev.paralleltests.core.history;

import java.time.Instant;
import java.util.Objects;

/**
 * One build as the history keeps it: its samples and figures, under the caller's opaque ID.
 *
 * @param id the caller's build ID, any non-blank string ({@code 42}, a pipeline ID, {@code
 *     refs/pull/1/merge}); recording the same ID again replaces the build
 * @param recordedAt when it was recorded; builds are ordered by it (then by ID)
 * @param timings the samples
 * @param stats build-level figures for trend charts; {@link BuildStats#none()} when unknown
 */
public record RecordedBuild(String id, Instant recordedAt, BuildTimings timings, BuildStats stats) {

  public RecordedBuild {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a build ID must not be blank");
    }
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(timings, "timings");
    Objects.requireNonNull(stats, "stats");
  }

  public static RecordedBuild of(
      String id, Instant recordedAt, BuildTimings timings, BuildStats stats) {
    return new RecordedBuild(id, recordedAt, timings, stats);
  }

  /** A build without build-level figures. */
  public static RecordedBuild of(String id, Instant recordedAt, BuildTimings timings) {
    return new RecordedBuild(id, recordedAt, timings, BuildStats.none());
  }
}
