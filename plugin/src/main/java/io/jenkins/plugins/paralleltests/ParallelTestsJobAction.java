package io.jenkins.plugins.paralleltests;

import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.ArrayList;
import java.util.List;

/**
 * The job's "Parallel tests trend" page and the small chart on the job's main page
 * (floatingBox.jelly): wall time, machine time, speed-up, imbalance and shard count over the last
 * builds, from each build's small trend file only.
 */
public class ParallelTestsJobAction implements Action {
  /** How many builds, newest first, are searched for a recorded run to name the runs. */
  static final int PROBE_BUILDS = 5;

  private static final TrendCache CACHE = new TrendCache();

  private final Job<?, ?> job;

  ParallelTestsJobAction(Job<?, ?> job) {
    this.job = job;
  }

  public Job<?, ?> getJob() {
    return job;
  }

  @Override
  public String getIconFileName() {
    return "symbol-analytics";
  }

  @Override
  public String getDisplayName() {
    return "Parallel tests trend";
  }

  @Override
  public String getUrlName() {
    return "parallel-tests-trend";
  }

  /** The trend of every run the newest recorded build has, over the default number of builds. */
  public List<JobTrend> getTrends() {
    return trends(JobTrend.DEFAULT_BUILDS);
  }

  /**
   * The same over {@code builds} builds (at most {@link JobTrend#MAX_BUILDS}), computed once per
   * newest build: the job page draws the chart on every view.
   */
  public List<JobTrend> trends(int builds) {
    int limit = Math.max(1, Math.min(builds, JobTrend.MAX_BUILDS));
    Run<?, ?> last = job.getLastBuild();
    String stamp = last == null ? "none" : last.getNumber() + (last.isBuilding() ? " running" : "");
    return CACHE.get(job.getFullName() + " " + limit, stamp, () -> compute(limit));
  }

  private List<JobTrend> compute(int limit) {
    List<JobTrend.BuildRef> refs = new ArrayList<>();
    List<String> names = null;
    int probed = 0;
    // Walk back only as far as the limit needs; builds still running have no trend file yet.
    for (Run<?, ?> run = job.getLastBuild();
        run != null && refs.size() < limit * 2;
        run = run.getPreviousBuild()) {
      JobTrend.BuildRef ref = new JobTrend.BuildRef(run.getNumber(), run.getRootDir().toPath());
      refs.add(ref);
      if (names == null && probed++ < PROBE_BUILDS) {
        List<String> found = JobTrend.runNames(ref.dir());
        names = found.isEmpty() ? null : found;
      }
    }
    List<JobTrend> trends = new ArrayList<>();
    if (names != null) {
      for (String name : names) {
        trends.add(JobTrend.of(refs, name, limit));
      }
    }
    return trends;
  }

  /**
   * Whether one of the newest builds recorded a run, so the chart has something to show. Called
   * whenever Jenkins lists the job's actions, so it stops at the first finished build without this
   * plugin's directory: a job that does not use {@code parallelTests} costs one directory check
   * (two while a build runs).
   */
  static boolean hasRecordedRun(Job<?, ?> job) {
    int probed = 0;
    for (Run<?, ?> run = job.getLastBuild();
        run != null && probed < PROBE_BUILDS;
        run = run.getPreviousBuild(), probed++) {
      Probe probe = probe(run.getRootDir().toPath(), run.isBuilding());
      if (probe != Probe.LOOK_FURTHER) {
        return probe == Probe.RECORDED;
      }
    }
    return false;
  }

  /** What one build, newest first, says about whether the job has a trend to show. */
  enum Probe {
    RECORDED,
    NOT_USED,
    LOOK_FURTHER
  }

  /**
   * A build still running may not have reached {@code parallelTests} yet (checkout, compilation):
   * it says nothing, or the trend would vanish from the job page at the start of every build.
   */
  static Probe probe(java.nio.file.Path buildDir, boolean building) {
    if (!java.nio.file.Files.isDirectory(buildDir.resolve(BuildFiles.DIR))) {
      return building ? Probe.LOOK_FURTHER : Probe.NOT_USED;
    }
    return JobTrend.runNames(buildDir).isEmpty() ? Probe.LOOK_FURTHER : Probe.RECORDED;
  }
}
