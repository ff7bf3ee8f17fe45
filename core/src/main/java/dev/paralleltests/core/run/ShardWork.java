package dev.paralleltests.core.run;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What one shard is told to do, and where its files live: {@code OUT/shard-N/} holds its units
 * file, excludes file, log and reports directory, so shards never write into each other's files.
 *
 * @param index 1-based
 * @param shardCount how many shards the run has
 * @param units the units the plan assigned to this shard
 * @param excludes for the catch-all shard, every other shard's units; empty otherwise
 * @param catchAll true for the (at most one) shard that also runs tests the plan never saw
 * @param predictedMillis the plan's prediction for this shard
 * @param dir this shard's own directory under the output directory (absolute)
 */
public record ShardWork(
    int index,
    int shardCount,
    List<String> units,
    List<String> excludes,
    boolean catchAll,
    long predictedMillis,
    Path dir) {

  public ShardWork {
    if (index < 1 || index > shardCount) {
      throw new IllegalArgumentException("shard " + index + " of " + shardCount);
    }
    units = List.copyOf(units);
    excludes = List.copyOf(excludes);
    Objects.requireNonNull(dir, "dir");
    if (!catchAll && !excludes.isEmpty()) {
      throw new IllegalArgumentException("only the catch-all shard has excludes");
    }
  }

  /** {@code PARALLEL_TESTS_UNITS}: the units the plan assigned to this shard, one a line. */
  public Path unitsFile() {
    return dir.resolve("units.txt");
  }

  /** {@code PARALLEL_TESTS_EXCLUDES}: for the catch-all shard the others' units; else empty. */
  public Path excludesFile() {
    return dir.resolve("excludes.txt");
  }

  /**
   * {@code PARALLEL_TESTS_INCLUDES}: what a runner should select, one a line. The units for a
   * normal shard; empty for the catch-all shard, which runs the runner's whole default selection
   * minus its excludes, so that tests the plan never heard of still run exactly once.
   */
  public Path includesFile() {
    return dir.resolve("includes.txt");
  }

  /** {@code PARALLEL_TESTS_REPORTS}: where this shard's command writes its JUnit XML. */
  public Path reportsDir() {
    return dir.resolve("reports");
  }

  /**
   * With {@code run --copy}: the shard's own copy of the working directory, where it runs. In queue
   * mode a batch's directory is {@code OUT/shard-N/batch-K/}, and every batch of the shard runs in
   * the shard's one copy, {@code OUT/shard-N/checkout/}.
   */
  public Path checkoutDir() {
    Path name = dir.getFileName();
    boolean batch = name != null && name.toString().startsWith(BATCH_DIR_PREFIX);
    return (batch ? dir.getParent() : dir).resolve("checkout");
  }

  /** How a queue-mode batch's directory is named: {@code batch-K}. */
  static final String BATCH_DIR_PREFIX = "batch-";

  /** The shard's standard output and error, interleaved as written. */
  public Path logFile() {
    return dir.resolve("output.log");
  }

  /** What the runner is asked to select: the units, or nothing for the catch-all shard. */
  public List<String> selection() {
    return catchAll ? List.of() : units;
  }

  /** A stable directory name for shard {@code index}. */
  static String dirName(int index) {
    return "shard-" + index;
  }
}
