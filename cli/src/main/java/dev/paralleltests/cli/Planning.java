package dev.paralleltests.cli;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardCount;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.unit.Granularity;
import java.util.List;
import java.util.function.Consumer;

/**
 * Plans the way {@code plan} and {@code split} both do. Units the caller named get pure inclusion
 * lists; units learned from the history get a catch-all shard, because the caller did not say that
 * these are all the tests there are.
 */
final class Planning {
  private Planning() {}

  static ShardPlan plan(
      PlanOptions options,
      String shards,
      UnitsOptions unitsOptions,
      java.io.InputStream stdin,
      Consumer<String> warn) {
    ShardCount count;
    try {
      count = ShardCount.parse(shards, options.targetTime, options.maxShards);
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--shards: " + Messages.describe(e));
    }
    HistoryAccess history = HistoryAccess.load(options.history, options.granularity, warn);
    List<UnitEstimate> estimates;
    SafetyNet safetyNet;
    if (unitsOptions.named()) {
      List<String> units = unitsOptions.read(stdin);
      if (units.isEmpty()) {
        throw CliException.usage(
            "no units to plan: --units-from " + unitsOptions.unitsFrom + " holds none");
      }
      units =
          ClassUnits.asClasses(
              units, options.granularity, java.nio.file.Path.of("").toAbsolutePath(), warn);
      estimates = history.estimate(units);
      safetyNet = SafetyNet.INCLUSIONS_ONLY;
    } else {
      if (options.history == null) {
        throw CliException.usage(
            "no units to plan: name them as arguments, with --units-from FILE, or give --history"
                + " DIR");
      }
      estimates = fromHistory(history, options, warn);
      safetyNet = SafetyNet.CATCH_ALL;
    }
    return plan(history, estimates, count, options, safetyNet, warn);
  }

  /**
   * The units the history knows, with their estimates, to be planned with a catch-all shard. None
   * (a first build, a history without file names planned by file, or every unit the history knows
   * never reported by its newest build: said either way) plans the catch-all shard alone, which
   * runs every test there is.
   */
  static List<UnitEstimate> fromHistory(
      HistoryAccess history, PlanOptions options, Consumer<String> warn) {
    List<UnitEstimate> estimates = history.knownEstimates();
    if (options.granularity == Granularity.FILE
        && estimates.isEmpty()
        && history.hasBuildsButNoUnits()) {
      warn.accept(noFileNames(history, options, "shard 1 runs every test"));
    } else if (estimates.isEmpty() && !history.knowsAnyUnit()) {
      warn.accept(
          "the history in "
              + options.history
              + " has no "
              + options.granularity.label()
              + " timings yet: shard 1 runs every test");
    }
    return estimates;
  }

  private static String noFileNames(HistoryAccess history, PlanOptions options, String so) {
    return "the history in "
        + options.history
        + " has timings of "
        + Messages.count(history.buildCount(), "build")
        + " but no file names (its reports named no file: no file attribute, no class whose"
        + " source file was found under record's --root): at --granularity file, "
        + so
        + ". Plan at --granularity class (the default) to use these timings, or record reports"
        + " that name their files (the runner's file attribute; for Java, record from the"
        + " repository root or with --root)";
  }

  /**
   * Plans these estimates; from the history, with room kept on the catch-all for new tests. Named
   * files of which the history knows none, from a history that has builds but no file names, are
   * said to be estimated alike, and why.
   */
  static ShardPlan plan(
      HistoryAccess history,
      List<UnitEstimate> estimates,
      ShardCount count,
      PlanOptions options,
      SafetyNet safetyNet,
      Consumer<String> warn) {
    if (safetyNet == SafetyNet.INCLUSIONS_ONLY
        && options.granularity == Granularity.FILE
        && estimates.stream().allMatch(UnitEstimate::isEstimated)
        && history.hasBuildsButNoUnits()) {
      warn.accept(noFileNames(history, options, "every file is estimated alike"));
    }
    PlanRequest request =
        PlanRequest.of(estimates, count)
            .withGranularity(options.granularity)
            .withSafetyNet(safetyNet);
    if (safetyNet == SafetyNet.CATCH_ALL) {
      // New tests all land on the catch-all shard: keep room there for what new tests took lately.
      request = request.withCatchAllReserve(history.typicalNewWork());
    }
    return ShardPlanner.plan(request);
  }
}
