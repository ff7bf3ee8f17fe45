package dev.paralleltests.core.merge;

import dev.paralleltests.core.plan.ShardPlan;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What to merge and where to write it.
 *
 * @param shards each shard's report paths
 * @param output the merged JUnit XML file to write (replaced atomically)
 * @param expectedShards how many shards the caller started; shards 1..N that produced no report are
 *     reported missing. Empty: the plan's shard count, else the highest shard number given.
 * @param plan the plan the run followed, to compare planned and actual time per shard and to name
 *     every planned unit that no report mentions
 * @param measuredMillis per shard index, the time its runner measured (process start to end,
 *     start-up included); such a shard's time, and with it wall and machine time, is the measured
 *     one rather than the one its reports give, in the summary and in the merged file alike
 * @param repositoryRoot the checkout the tests ran in: reported cases are named as units against it
 *     (file units are relative to it), as {@code record} names them
 * @param idleShards shards that ran nothing, so that no report is expected of them: in queue mode,
 *     a shard whose every batch was lost and run again elsewhere, or that came when the queue was
 *     drained. Such a shard without reports is not missing.
 */
public record MergeRequest(
    List<ShardInput> shards,
    Path output,
    OptionalInt expectedShards,
    Optional<ShardPlan> plan,
    Map<Integer, Long> measuredMillis,
    Path repositoryRoot,
    Set<Integer> idleShards) {

  public MergeRequest {
    shards = List.copyOf(shards);
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(expectedShards, "expectedShards");
    Objects.requireNonNull(plan, "plan");
    measuredMillis = Map.copyOf(measuredMillis);
    measuredMillis.forEach(
        (index, millis) -> {
          if (millis < 0) {
            throw new IllegalArgumentException("negative time for shard " + index + ": " + millis);
          }
        });
    repositoryRoot = repositoryRoot.toAbsolutePath().normalize();
    idleShards = Set.copyOf(idleShards);
    if (expectedShards.isPresent() && expectedShards.getAsInt() < 1) {
      throw new IllegalArgumentException(
          "expected shard count must be at least 1, got " + expectedShards.getAsInt());
    }
  }

  public static MergeRequest of(List<ShardInput> shards, Path output) {
    return new MergeRequest(
        shards,
        output,
        OptionalInt.empty(),
        Optional.empty(),
        Map.of(),
        Path.of("").toAbsolutePath(),
        Set.of());
  }

  public MergeRequest withExpectedShards(int count) {
    return new MergeRequest(
        shards, output, OptionalInt.of(count), plan, measuredMillis, repositoryRoot, idleShards);
  }

  public MergeRequest withPlan(ShardPlan shardPlan) {
    return new MergeRequest(
        shards,
        output,
        expectedShards,
        Optional.of(shardPlan),
        measuredMillis,
        repositoryRoot,
        idleShards);
  }

  /** The same request with each shard's measured time (by shard index). */
  public MergeRequest withMeasuredMillis(Map<Integer, Long> millisByShard) {
    return new MergeRequest(
        shards, output, expectedShards, plan, millisByShard, repositoryRoot, idleShards);
  }

  /** The same request with the checkout the tests ran in (default: the working directory). */
  public MergeRequest withRepositoryRoot(Path root) {
    return new MergeRequest(shards, output, expectedShards, plan, measuredMillis, root, idleShards);
  }

  /** The same request with these shards expected to have run nothing ({@code idleShards}). */
  public MergeRequest withIdleShards(Set<Integer> idle) {
    return new MergeRequest(
        shards, output, expectedShards, plan, measuredMillis, repositoryRoot, idle);
  }

  /** The number of shards the run should have: given, else the plan's, else the highest index. */
  int shardCount() {
    if (expectedShards.isPresent()) {
      return expectedShards.getAsInt();
    }
    if (plan.isPresent()) {
      return plan.get().shards().size();
    }
    return shards.stream().mapToInt(ShardInput::index).max().orElse(0);
  }
}
