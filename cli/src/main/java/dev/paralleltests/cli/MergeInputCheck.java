package dev.paralleltests.cli;

import dev.paralleltests.core.merge.ShardInput;
import dev.paralleltests.core.plan.ShardPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What {@code merge} and {@code report} refuse before they read or write anything: an output that
 * would overwrite one of the inputs, and a plan that belongs to another run.
 */
final class MergeInputCheck {
  private MergeInputCheck() {}

  /**
   * Refuses an output file that is one of the report files, or lies inside a report directory: it
   * would be read as a report, or replace one.
   */
  static void refuseOutputAmongInputs(Path output, List<ShardInput> shards) {
    Path out = real(output);
    for (ShardInput shard : shards) {
      for (Path input : shard.paths()) {
        Path in = real(input);
        boolean same = out.equals(in);
        boolean inside = Files.isDirectory(in) && out.startsWith(in);
        if (same || inside) {
          throw CliException.usage(
              "--out "
                  + output
                  + (same ? " is " : " lies inside ")
                  + "shard "
                  + shard.index()
                  + "'s reports "
                  + input
                  + ": writing it would change an input; nothing was written, choose a path"
                  + " outside the reports");
        }
      }
    }
  }

  /**
   * Refuses a plan whose shard count differs from the run's: the shards given (or {@code
   * --expect-shards}) are more than the plan has, or a different count was expected.
   */
  static void refusePlanMismatch(
      Path planFile, ShardPlan plan, List<ShardInput> shards, Integer expectShards) {
    int planned = plan.shards().size();
    if (expectShards != null && expectShards != planned) {
      throw CliException.usage(
          "--plan "
              + planFile
              + " has "
              + Messages.count(planned, "shard")
              + " but --expect-shards is "
              + expectShards
              + ": the plan is not this run's; nothing was written");
    }
    int highest = shards.stream().mapToInt(ShardInput::index).max().orElse(0);
    if (highest > planned) {
      throw CliException.usage(
          "--plan "
              + planFile
              + " has "
              + Messages.count(planned, "shard")
              + " but reports were given for shard "
              + highest
              + ": the plan is not this run's; nothing was written");
    }
  }

  /** The path with symbolic links resolved as far as it exists, so aliases compare equal. */
  private static Path real(Path path) {
    Path abs = path.toAbsolutePath().normalize();
    Path existing = abs;
    while (existing != null && !Files.exists(existing)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return abs;
    }
    try {
      return existing.toRealPath().resolve(existing.relativize(abs));
    } catch (IOException e) {
      return abs;
    }
  }
}
