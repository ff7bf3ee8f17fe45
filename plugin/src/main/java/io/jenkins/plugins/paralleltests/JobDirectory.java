package io.jenkins.plugins.paralleltests;

import java.util.Optional;

/** Finds the jobs a new branch can borrow timings from; adapted from Jenkins at the edge. */
interface JobDirectory {

  /**
   * The job with this full name, if it exists and {@link #reader()} may read it (Job/Read). A job
   * that exists but may not be read is empty too, so that the answer does not tell it exists.
   */
  Optional<TimingJob> readableJob(String fullName);

  /** For messages: whose Job/Read permission {@link #readableJob} checks. */
  String reader();

  /** The job named {@code itemName} in the same folder (multibranch project) as {@code job}. */
  Optional<TimingJob> sibling(TimingJob job, String itemName);

  /** The job of the primary branch in the same multibranch project as {@code job}. */
  Optional<TimingJob> primarySibling(TimingJob job);
}
