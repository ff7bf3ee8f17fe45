package io.jenkins.plugins.paralleltests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses the job whose builds give the timings: this job's own last builds; when it has none (a
 * new branch or pull request), the job named by {@code referenceJob}, then the change request's
 * target branch job, then the primary branch's job.
 *
 * @param job the chosen job, empty when none has timings (the plan then runs everything in one
 *     catch-all shard)
 * @param builds the chosen job's usable builds, youngest first
 * @param log what was tried and why, for the plan's log
 */
record HistoryLookup(
    Optional<TimingJob> job, List<TimingJob.TimingBuild> builds, List<String> log) {

  HistoryLookup {
    builds = List.copyOf(builds);
    log = List.copyOf(log);
  }

  /**
   * Looks for timings.
   *
   * @param own the job being built
   * @param runName the {@code parallelTests} run whose timings count
   * @param changeTarget the change request's target branch ({@code CHANGE_TARGET}), or ""
   * @param referenceJob a job's full name given by the user, or ""
   * @param depth how many builds to read
   * @throws IllegalStateException when the reference job is needed but does not exist or may not be
   *     read by the build's identity
   */
  static HistoryLookup find(
      TimingJob own,
      String runName,
      String changeTarget,
      String referenceJob,
      JobDirectory directory,
      int depth) {
    List<String> log = new ArrayList<>();
    List<TimingJob> tried = new ArrayList<>();

    Optional<HistoryLookup> found = tryJob(own, "this job", runName, depth, tried, log);
    if (found.isPresent()) {
      return found.get();
    }
    if (!referenceJob.isEmpty()) {
      Optional<TimingJob> reference = directory.readableJob(referenceJob);
      if (reference.isEmpty()) {
        // Refused, never planned as if there were no history: the user asked for this job.
        throw new IllegalStateException(
            "parallelTests: referenceJob '"
                + referenceJob
                + "' does not exist, or "
                + directory.reader()
                + " may not read it (Job/Read permission); correct the name, or grant that"
                + " permission on the job");
      }
      found = tryJob(reference.get(), "referenceJob", runName, depth, tried, log);
      if (found.isPresent()) {
        return found.get();
      }
    }
    if (!changeTarget.isEmpty()) {
      String itemName = BranchJobNames.encode(changeTarget);
      Optional<TimingJob> target = directory.sibling(own, itemName);
      if (target.isEmpty()) {
        log.add("no job '" + itemName + "' for target branch '" + changeTarget + "'");
      } else {
        found = tryJob(target.get(), "target branch job", runName, depth, tried, log);
        if (found.isPresent()) {
          return found.get();
        }
      }
    }
    Optional<TimingJob> primary = directory.primarySibling(own);
    if (primary.isPresent()) {
      found = tryJob(primary.get(), "primary branch job", runName, depth, tried, log);
      if (found.isPresent()) {
        return found.get();
      }
    }
    log.add("no timing history found");
    return new HistoryLookup(Optional.empty(), List.of(), log);
  }

  private static Optional<HistoryLookup> tryJob(
      TimingJob job,
      String role,
      String runName,
      int depth,
      List<TimingJob> tried,
      List<String> log) {
    for (TimingJob t : tried) {
      if (t.fullName().equals(job.fullName())) {
        return Optional.empty();
      }
    }
    tried.add(job);
    List<TimingJob.TimingBuild> builds = new ArrayList<>();
    for (TimingJob.TimingBuild build : job.usableBuilds(depth)) {
      if (build.hasTimings(runName)) {
        builds.add(build);
      }
    }
    if (builds.isEmpty()) {
      log.add(role + " '" + job.fullName() + "' has no completed build with test timings");
      return Optional.empty();
    }
    log.add(
        "timings from "
            + role
            + " '"
            + job.fullName()
            + "': "
            + builds.size()
            + " build(s), newest #"
            + builds.get(0).id());
    return Optional.of(new HistoryLookup(Optional.of(job), builds, log));
  }
}
