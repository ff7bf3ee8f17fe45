package io.jenkins.plugins.paralleltests;

import java.util.Optional;

/** Finds the jobs a new branch can borrow timings from; adapted from Jenkins at the edge. */
interface JobDirectory {

  /** The job with this full name, if it exists and the build may read it. */
  Optional<TimingJob> byFullName(String fullName);

  /** The job named {@code itemName} in the same folder (multibranch project) as {@code job}. */
  Optional<TimingJob> sibling(TimingJob job, String itemName);

  /** The job of the primary branch in the same multibranch project as {@code job}. */
  Optional<TimingJob> primarySibling(TimingJob job);
}
