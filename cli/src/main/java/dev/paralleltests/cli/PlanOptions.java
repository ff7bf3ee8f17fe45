package dev.paralleltests.cli;

import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Option;

/** The options {@code plan} and {@code split} share: where timings come from and what a unit is. */
final class PlanOptions {

  @Option(
      names = "--history",
      paramLabel = "DIR",
      description =
          "Timing history directory (written by record). Without it every unit is estimated"
              + " equally.")
  Path history;

  @Option(
      names = "--granularity",
      paramLabel = "class|file|test",
      converter = GranularityConverter.class,
      defaultValue = "class",
      description = "What a unit is: a test class, a test file or a single test (default: class).")
  Granularity granularity = Granularity.CLASS;

  @Option(
      names = "--target-time",
      paramLabel = "DURATION",
      defaultValue = "10m",
      description =
          "With --shards auto: the longest a shard should take (90s, 5m, 1h or seconds;"
              + " default: ${DEFAULT-VALUE}).")
  Duration targetTime = Duration.ofMinutes(10);

  @Option(
      names = "--max-shards",
      paramLabel = "N",
      defaultValue = "32",
      description = "With --shards auto: the most shards to use (default: ${DEFAULT-VALUE}).")
  int maxShards = 32;

  /** Picocli converter for {@code --granularity}, with the core's message. */
  static final class GranularityConverter
      implements picocli.CommandLine.ITypeConverter<Granularity> {
    @Override
    public Granularity convert(String value) {
      try {
        return Granularity.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
