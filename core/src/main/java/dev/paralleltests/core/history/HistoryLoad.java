package dev.paralleltests.core.history;

import java.util.List;
import java.util.Objects;

/**
 * What loading a store gave: the history of every readable build, and a warning for every file that
 * could not be used.
 */
public record HistoryLoad(TimingHistory history, List<HistoryWarning> warnings) {
  public HistoryLoad {
    Objects.requireNonNull(history, "history");
    warnings = List.copyOf(warnings);
  }
}
