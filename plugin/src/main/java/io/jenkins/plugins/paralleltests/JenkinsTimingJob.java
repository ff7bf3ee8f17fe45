package io.jenkins.plugins.paralleltests;

import hudson.model.Job;
import hudson.model.Result;
import hudson.model.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A Jenkins job as a source of timings: its completed SUCCESS and UNSTABLE builds. */
final class JenkinsTimingJob implements TimingJob {

  /** How far back to look past failed and running builds for usable ones, per usable build. */
  private static final int EXAMINED_PER_BUILD = 5;

  private final Job<?, ?> job;
  private final Run<?, ?> current;

  private JenkinsTimingJob(Job<?, ?> job, Run<?, ?> current) {
    this.job = job;
    this.current = current;
  }

  /** The job of the build being planned; its builds before that one. */
  static JenkinsTimingJob ofBuild(Run<?, ?> run) {
    return new JenkinsTimingJob(run.getParent(), run);
  }

  /** Another job: all its builds. */
  static JenkinsTimingJob of(Job<?, ?> job) {
    return new JenkinsTimingJob(job, null);
  }

  Job<?, ?> job() {
    return job;
  }

  @Override
  public String fullName() {
    return job.getFullName();
  }

  @Override
  public List<TimingBuild> usableBuilds(int max) {
    List<TimingBuild> builds = new ArrayList<>();
    Run<?, ?> run = current == null ? job.getLastBuild() : current.getPreviousBuild();
    int examined = 0;
    while (run != null && builds.size() < max && examined++ < max * EXAMINED_PER_BUILD) {
      Result result = run.getResult();
      if (!run.isBuilding() && result != null && result.isBetterOrEqualTo(Result.UNSTABLE)) {
        builds.add(new Build(run));
      }
      run = run.getPreviousBuild();
    }
    return builds;
  }

  private record Build(Run<?, ?> run) implements TimingBuild {
    @Override
    public String id() {
      return Integer.toString(run.getNumber());
    }

    @Override
    public Instant finishedAt() {
      return Instant.ofEpochMilli(run.getStartTimeInMillis() + run.getDuration());
    }

    @Override
    public Optional<Path> timingsFile(String runName) {
      Path file = BuildFiles.timings(run.getRootDir().toPath(), runName);
      return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    @Override
    public boolean hasJunitResult() {
      return JunitSuites.present(run);
    }

    @Override
    public List<SuiteRecord> junitSuites() throws IOException {
      return JunitSuites.of(run);
    }
  }
}
