package dev.paralleltests.cli;

/**
 * Two shards' JUnit XML reports of a small passing suite, as Surefire writes them: shard 1 ran
 * {@code com.example.AlphaTest} (3 tests, 2 s) and {@code BetaTest} (2 tests, 1 s), shard 2 ran
 * {@code GammaTest} (2 tests, 3 s).
 */
final class ShardReports {
  static final String SHARD_1 = "src/test/resources/LauncherIT/shard-1";
  static final String SHARD_2 = "src/test/resources/LauncherIT/shard-2";

  private ShardReports() {}
}
