package dev.paralleltests.core.unit;

import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.ReportedSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Maps a reported test case to the name of its unit at a {@link Granularity}: what history records
 * and what a plan assigns to shards. One implementation per {@link ReportStyle}; callers may plug
 * in their own. Names are canonical ({@link UnitNames#canonical}).
 *
 * <pre>{@code
 * UnitNamer namer = UnitNamer.detecting(repositoryRoot);        // style from each report
 * String unit = namer.unitName(reportedCase, Granularity.CLASS);
 * }</pre>
 */
public interface UnitNamer {

  /** The unit name of {@code testCase} at {@code granularity}; never null, never blank. */
  String unitName(ReportedCase testCase, Granularity granularity);

  /**
   * The unit a whole suite stands for, when it covers exactly one class (so its time, which
   * includes setup and teardown, is that class's time); empty otherwise and at test granularity.
   */
  default Optional<String> unitName(ReportedSuite suite, Granularity granularity) {
    if (granularity == Granularity.TEST || suite.classNames().size() != 1) {
      return Optional.empty();
    }
    ReportedCase stand =
        new ReportedCase(
            suite.location(),
            suite.suitePath(),
            suite.classNames().iterator().next(),
            "",
            suite.file(),
            OptionalLong.empty(),
            Outcome.PASSED,
            List.of(),
            "",
            "",
            Map.of());
    return Optional.of(unitName(stand, granularity));
  }

  /**
   * The namer for one report style.
   *
   * @param repositoryRoot the checkout's root: file units are relative to it, and source files are
   *     looked up under it to tell {@code src/test/java} from {@code src/test/kotlin}
   */
  static UnitNamer of(ReportStyle style, Path repositoryRoot) {
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(repositoryRoot, "repositoryRoot");
    return switch (style) {
      case MAVEN, GRADLE, GENERIC -> new JavaUnitNamer(style, repositoryRoot);
      case PYTEST -> new PytestUnitNamer(repositoryRoot);
      case JEST, PLAYWRIGHT, NODE, MOCHA -> new ScriptUnitNamer(style, repositoryRoot);
      case GO -> new GoUnitNamer(repositoryRoot);
    };
  }

  /**
   * A namer that detects each report's style from its path and content ({@link
   * ReportStyleDetector}), once per report file.
   */
  static UnitNamer detecting(Path repositoryRoot) {
    return new DetectingUnitNamer(repositoryRoot);
  }
}
