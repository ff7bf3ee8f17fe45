package dev.paralleltests.cli;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import java.util.List;
import java.util.Optional;

/**
 * Refuses, before anything runs, a COMMAND that would run units twice. The catch-all shard runs the
 * runner's whole selection minus the other shards' units; its {@code {units}} is empty. A COMMAND
 * that selects with {@code {units}} but excludes nothing ({@code {excludes}}, {@code
 * {excludes-file}}) would have the catch-all run every test, the other shards' included.
 */
final class CatchAllCheck {
  private CatchAllCheck() {}

  static void refuseOverlap(ShardPlan plan, List<String> command) {
    Optional<Shard> catchAll = plan.shards().stream().filter(Shard::catchAll).findFirst();
    if (catchAll.isEmpty()) {
      return;
    }
    boolean othersHaveUnits =
        plan.shards().stream().anyMatch(s -> !s.catchAll() && !s.units().isEmpty());
    boolean selects = command.stream().anyMatch(a -> a.contains("{units}"));
    boolean excludes =
        command.stream().anyMatch(a -> a.contains("{excludes}") || a.contains("{excludes-file}"));
    if (othersHaveUnits && selects && !excludes) {
      throw CliException.usage(
          "shard "
              + catchAll.get().index()
              + " is the catch-all (units from --history: tests it does not know must still run)"
              + " and runs everything the other shards do not, but COMMAND selects with {units}"
              + " and excludes nothing, so it would run the other shards' units a second time."
              + " Add the runner's exclusion (pytest: --deselect={excludes}; Surefire:"
              + " -Dsurefire.excludesFile={excludes-file}), or name the units with --units-from or"
              + " --discover (no catch-all then)");
    }
  }
}
