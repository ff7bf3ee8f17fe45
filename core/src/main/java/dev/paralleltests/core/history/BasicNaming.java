package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.util.Optional;

/**
 * {@link UnitNaming#stored()}: the unit names resolved when each build was recorded, and callers'
 * names made canonical by rules that need no report.
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
    return switch (granularity) {
      case CLASS -> unit.contains("/") || unit.contains("\\") ? file(unit) : topLevel(unit.strip());
      case TEST -> unit.strip();
      case FILE -> file(unit);
    };
  }

  static String topLevel(String className) {
    int nested = className.indexOf('$');
    return nested <= 0 ? className : className.substring(0, nested);
  }

  static String file(String path) {
    String slashed = path.strip().replace('\\', '/');
    while (slashed.startsWith("./")) {
      slashed = slashed.substring(2);
    }
    return slashed;
  }
}
