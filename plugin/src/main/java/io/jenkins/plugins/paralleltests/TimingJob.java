package io.jenkins.plugins.paralleltests;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A job whose recorded builds can give timings; adapted from a Jenkins job at the edge. */
interface TimingJob {

  /** The job's full name, for the log and for telling jobs apart. */
  String fullName();

  /**
   * The job's completed builds whose result is SUCCESS or UNSTABLE, youngest first, at most {@code
   * max}; never a build still running (such as the one being planned).
   */
  List<TimingBuild> usableBuilds(int max);

  /** One completed build. */
  interface TimingBuild {

    /** The build's number, as the history's build ID. */
    String id();

    /** When the build finished, which orders builds in the history. */
    Instant finishedAt();

    /** Our own timings file of this run, when the build recorded one. */
    Optional<Path> timingsFile(String runName);

    /** Whether the junit plugin recorded a result for this build. */
    boolean hasJunitResult();

    /** The junit plugin's suites of this build; loading them can be expensive. */
    List<SuiteRecord> junitSuites() throws IOException;

    /** Whether the build has timings for this run: our own file, else a junit result. */
    default boolean hasTimings(String runName) {
      return timingsFile(runName).isPresent() || hasJunitResult();
    }
  }
}
