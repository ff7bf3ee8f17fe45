package dev.paralleltests.core.run;

import dev.paralleltests.core.unit.Granularity;
import dev.paralleltests.core.unit.RunnerFormat;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the shards.
 *
 * @param command the COMMAND each shard runs, with placeholders
 * @param workDir where the command runs (absolute)
 * @param outDir where shard directories, logs and reports go (absolute)
 * @param timeout per-shard limit; empty for none
 * @param docker run each shard in a container; empty for local processes
 * @param reportsGlob where the command writes JUnit XML when it cannot be pointed at {@code
 *     PARALLEL_TESTS_REPORTS} (relative to the working directory, {@code {shard}} allowed); empty
 *     when it can
 * @param progress live progress
 * @param format how the includes and excludes files are written for the runner ({@link
 *     RunnerFormat#SUREFIRE} keeps Surefire's default exclusion of nested classes in the
 *     catch-all's excludes file, say); {@link RunnerFormat#LINES} writes the units as they are
 * @param granularity the plan's, for the format
 * @param copy each shard runs in its own copy of the working directory ({@link
 *     ShardWork#checkoutDir()}) instead of the working directory itself
 */
public record RunConfig(
    CommandTemplate command,
    Path workDir,
    Path outDir,
    Optional<Duration> timeout,
    Optional<DockerSettings> docker,
    Optional<String> reportsGlob,
    ProgressView progress,
    RunnerFormat format,
    Granularity granularity,
    boolean copy) {

  public RunConfig {
    Objects.requireNonNull(command, "command");
    workDir = workDir.toAbsolutePath().normalize();
    outDir = outDir.toAbsolutePath().normalize();
    Objects.requireNonNull(timeout, "timeout");
    timeout.ifPresent(
        t -> {
          if (t.isNegative() || t.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive, got " + t);
          }
        });
    Objects.requireNonNull(docker, "docker");
    Objects.requireNonNull(reportsGlob, "reportsGlob");
    Objects.requireNonNull(progress, "progress");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(granularity, "granularity");
  }

  /** Local processes, no timeout, reports written to {@code PARALLEL_TESTS_REPORTS}, silent. */
  public static RunConfig local(CommandTemplate command, Path workDir, Path outDir) {
    return new RunConfig(
        command,
        workDir,
        outDir,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        ProgressView.silent(),
        RunnerFormat.LINES,
        Granularity.CLASS,
        false);
  }

  public RunConfig withTimeout(Duration timeout) {
    return new RunConfig(
        command,
        workDir,
        outDir,
        Optional.of(timeout),
        docker,
        reportsGlob,
        progress,
        format,
        granularity,
        copy);
  }

  public RunConfig withDocker(DockerSettings docker) {
    return new RunConfig(
        command,
        workDir,
        outDir,
        timeout,
        Optional.of(docker),
        reportsGlob,
        progress,
        format,
        granularity,
        copy);
  }

  public RunConfig withReportsGlob(String glob) {
    return new RunConfig(
        command,
        workDir,
        outDir,
        timeout,
        docker,
        Optional.of(glob),
        progress,
        format,
        granularity,
        copy);
  }

  /** Files written for a runner: units in its format at the plan's granularity. */
  public RunConfig withFormat(RunnerFormat format, Granularity granularity) {
    return new RunConfig(
        command,
        workDir,
        outDir,
        timeout,
        docker,
        reportsGlob,
        progress,
        format,
        granularity,
        copy);
  }

  /** Each shard runs in its own copy of the working directory. */
  public RunConfig withCopy(boolean copy) {
    return new RunConfig(
        command,
        workDir,
        outDir,
        timeout,
        docker,
        reportsGlob,
        progress,
        format,
        granularity,
        copy);
  }

  /** The directory a shard's command runs in. */
  public Path runDir(ShardWork work) {
    return copy ? work.checkoutDir() : workDir;
  }

  public RunConfig withProgress(ProgressView progress) {
    return new RunConfig(
        command,
        workDir,
        outDir,
        timeout,
        docker,
        reportsGlob,
        progress,
        format,
        granularity,
        copy);
  }
}
