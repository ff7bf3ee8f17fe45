package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.UnitNames;
import java.util.Optional;

/**
 * {@link UnitNaming#stored()}: the unit names resolved when each build was recorded, and callers'
 * names in the reader's canonical form ({@link UnitNames#canonical}), which those names are in.
 */
enum BasicNaming implements UnitNaming {
  INSTANCE;

  @Override
  public Optional<String> unitOf(TestCaseId sample, Granularity granularity) {
    String unit = sample.unit(granularity);
    return unit.isEmpty() ? Optional.empty() : Optional.of(unit);
  }

  @Override
  public String canonical(String unit, Granularity granularity) {
    return UnitNames.canonical(unit, granularity);
  }
}
