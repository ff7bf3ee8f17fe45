package io.jenkins.plugins.paralleltests;

import java.nio.file.Path;

/**
 * Where a build keeps this plugin's files: {@code <build>/parallel-tests/}, deleted with the build
 * by Jenkins' build rotation. Each named run has its own plan and timings.
 */
final class BuildFiles {
  static final String DIR = "parallel-tests";

  private BuildFiles() {}

  static Path plan(Path buildDir, String runName) {
    return buildDir
        .resolve(DIR)
        .resolve(runName.isEmpty() ? "plan.json" : "plan-" + runName + ".json");
  }

  /**
   * Planned units a build's results did not show, one a line, next to its timings file; written
   * only when there were any.
   */
  static Path missing(Path timingsFile, String runName) {
    return timingsFile.resolveSibling(
        runName.isEmpty() ? "missing.txt" : "missing-" + runName + ".txt");
  }

  static Path timings(Path buildDir, String runName) {
    return buildDir
        .resolve(DIR)
        .resolve(runName.isEmpty() ? "timings.tsv" : "timings-" + runName + ".tsv");
  }
}
