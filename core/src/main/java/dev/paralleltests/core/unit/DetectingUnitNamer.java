package dev.paralleltests.core.unit;

import dev.paralleltests.core.junit.ReportedCase;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Names each case by the style of the report it came from, detected once per report file (the cache
 * grows with the number of report files, never with cases).
 */
final class DetectingUnitNamer implements UnitNamer {

  private final Path repositoryRoot;
  private final Map<Path, ReportStyle> styles = new ConcurrentHashMap<>();
  private final Map<ReportStyle, UnitNamer> namers = new EnumMap<>(ReportStyle.class);

  DetectingUnitNamer(Path repositoryRoot) {
    this.repositoryRoot = Objects.requireNonNull(repositoryRoot, "repositoryRoot");
  }

  @Override
  public String unitName(ReportedCase testCase, Granularity granularity) {
    return namer(styleOf(testCase.location().file())).unitName(testCase, granularity);
  }

  /** The detected style of a report file. */
  ReportStyle styleOf(Path report) {
    return styles.computeIfAbsent(report, ReportStyleDetector::detect);
  }

  private synchronized UnitNamer namer(ReportStyle style) {
    return namers.computeIfAbsent(style, s -> UnitNamer.of(s, repositoryRoot));
  }
}
