package io.jenkins.plugins.paralleltests;

import java.nio.file.Path;
import java.util.Objects;

/**
 * The build that a build restarted from a stage, or replayed, was made from: its shards must run
 * the same tests as the original's, so its plan is reused.
 *
 * @param description how the log names it, {@code #12 (restarted from a stage)} for example
 * @param buildDir the original build's directory
 */
record OriginalBuild(String description, Path buildDir) {
  OriginalBuild {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(buildDir, "buildDir");
  }
}
