package dev.paralleltests.cli;

import dev.paralleltests.core.history.EstimateOptions;
import dev.paralleltests.core.history.HistoryLoad;
import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.history.TimingHistoryStore;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The timing history as the commands use it: loaded once, its warnings passed on (a corrupt store
 * never fails a command; estimates fall back to defaults), asked for units and estimates.
 */
final class HistoryAccess {
  private final TimingHistory history;
  private final EstimateOptions options;

  private HistoryAccess(TimingHistory history) {
    this.history = history;
    this.options = EstimateOptions.defaults();
  }

  /** Loads the history in {@code directory}; {@code null} means no history (all estimated). */
  static HistoryAccess load(Path directory, Consumer<String> warn) {
    if (directory == null) {
      return new HistoryAccess(TimingHistory.empty());
    }
    HistoryLoad load = TimingHistoryStore.at(directory).load();
    load.warnings().forEach(w -> warn.accept("history: " + w));
    return new HistoryAccess(load.history());
  }

  TimingHistory history() {
    return history;
  }

  List<String> knownUnits(Granularity granularity) {
    return history.knownUnits(granularity, options);
  }

  List<UnitEstimate> estimate(List<String> units, Granularity granularity) {
    return history.estimate(units, granularity, options).units();
  }
}
