package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.report.RunSummary;

/**
 * The numbers one build contributes to the job's trend, taken from its {@link RunSummary} when it
 * was recorded (so the trend and the build page agree).
 *
 * @param wallMillis the slowest shard's time
 * @param machineMillis the sum of the shards' times
 * @param lowerBoundMillis no split could have been faster than this
 * @param speedUp the estimated speed-up over a serial run: test time over wall time
 * @param imbalance wall time over the lower bound
 * @param shards how many shards ran
 * @param tests how many tests ran
 * @param status the run's verdict label: passed, failed or error
 */
record TrendRow(
    long wallMillis,
    long machineMillis,
    long lowerBoundMillis,
    double speedUp,
    double imbalance,
    int shards,
    int tests,
    String status) {

  static TrendRow of(RunSummary s) {
    return new TrendRow(
        s.wallMillis(),
        s.machineMillis(),
        s.lowerBoundMillis(),
        s.speedUpOverSerial(),
        s.imbalance(),
        s.shards().size(),
        s.totals().tests(),
        s.status().label());
  }
}
