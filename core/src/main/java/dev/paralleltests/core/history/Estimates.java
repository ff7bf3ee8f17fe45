package dev.paralleltests.core.history;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Estimates for the units a caller asked about, in the caller's order and spelling.
 *
 * @param units one estimate per unit asked about
 * @param known how many rest on the unit's own history
 * @param estimated how many had none and were given {@code unknownMillis}
 * @param unknownMillis what a unit without history is estimated at: the median of the known
 *     estimates, or the default when the history knows no unit at all
 */
public record Estimates(List<UnitEstimate> units, int known, int estimated, long unknownMillis) {

  public Estimates {
    units = List.copyOf(units);
  }

  /** The estimates by unit name, in the caller's order (the first one where a name repeats). */
  public Map<String, UnitEstimate> byUnit() {
    Map<String, UnitEstimate> map = new LinkedHashMap<>();
    for (UnitEstimate e : units) {
      map.putIfAbsent(e.unit(), e);
    }
    return Collections.unmodifiableMap(map);
  }

  /** The sum of all estimates: the suite's expected machine time. */
  public long totalMillis() {
    long total = 0;
    for (UnitEstimate e : units) {
      total += e.millis();
    }
    return total;
  }
}
