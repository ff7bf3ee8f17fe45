package io.jenkins.plugins.paralleltests;

import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import hudson.model.Run;
import hudson.model.User;
import hudson.security.ACL;
import hudson.security.ACLContext;
import java.util.Optional;
import jenkins.model.Jenkins;
import jenkins.scm.api.metadata.PrimaryInstanceMetadataAction;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/**
 * Finds jobs in Jenkins for one build. Branch jobs of a multibranch project are siblings in one
 * folder; Branch API marks the primary branch's job with a {@link PrimaryInstanceMetadataAction}.
 *
 * <p>A job named by the user ({@code referenceJob}) is read only when the identity {@link
 * JobReader} chooses may read it. A Pipeline step runs as the build's authentication
 * (workflow-cps@e007b7f CpsVmExecutorService.java:177; workflow-step-api@0773c3c
 * SynchronousNonBlockingStepExecution.java:43-48), which is SYSTEM unless an authorization plugin
 * (Authorize Project) configures another, and SYSTEM may read every job (jenkins-2.541.3
 * AccessControlled.java:89-93); so a SYSTEM build is checked as the user who started it, or as
 * anonymous when no user did.
 */
final class JenkinsJobDirectory implements JobDirectory {

  private final Authentication reader;
  private final String readerName;

  private JenkinsJobDirectory(Authentication reader, String readerName) {
    this.reader = reader;
    this.readerName = readerName;
  }

  /** Call on the step's thread: it reads the identity the step runs as. */
  static JenkinsJobDirectory forBuild(Run<?, ?> run) {
    Authentication running = Jenkins.getAuthentication2();
    JobReader reader =
        JobReader.of(
            ACL.SYSTEM2.equals(running), running.getName(), StartCause.of(run.getCauses()));
    Authentication checked =
        switch (reader.kind()) {
          case RUNNING_IDENTITY -> running;
          case ANONYMOUS -> Jenkins.ANONYMOUS2;
          case STARTING_USER -> impersonate(reader.userId());
        };
    return new JenkinsJobDirectory(checked, reader.description());
  }

  private static Authentication impersonate(String userId) {
    try {
      User found = User.getById(userId, false);
      return found == null ? Jenkins.ANONYMOUS2 : found.impersonate2();
    } catch (UsernameNotFoundException e) {
      return Jenkins.ANONYMOUS2;
    }
  }

  @Override
  public Optional<TimingJob> readableJob(String fullName) {
    Job<?, ?> job;
    // Looked up as SYSTEM, then checked for the reader: Jenkins.getItem throws instead of
    // answering null when the caller has Item/Discover but not Item/Read (Jenkins.java:3022-3033).
    try (ACLContext ignored = ACL.as2(ACL.SYSTEM2)) {
      job = Jenkins.get().getItemByFullName(fullName, Job.class);
    }
    if (job == null || !job.hasPermission2(reader, Item.READ)) {
      return Optional.empty();
    }
    return Optional.of(JenkinsTimingJob.of(job));
  }

  @Override
  public String reader() {
    return readerName;
  }

  @Override
  public Optional<TimingJob> sibling(TimingJob job, String itemName) {
    if (!(job instanceof JenkinsTimingJob jenkinsJob)) {
      return Optional.empty();
    }
    ItemGroup<? extends Item> folder = jenkinsJob.job().getParent();
    Item item = folder.getItem(itemName);
    return item instanceof Job<?, ?> sibling
        ? Optional.of(JenkinsTimingJob.of(sibling))
        : Optional.empty();
  }

  @Override
  public Optional<TimingJob> primarySibling(TimingJob job) {
    if (!(job instanceof JenkinsTimingJob jenkinsJob)) {
      return Optional.empty();
    }
    ItemGroup<? extends Item> folder = jenkinsJob.job().getParent();
    for (Item item : folder.getItems()) {
      if (item instanceof Job<?, ?> sibling
          && sibling.getAction(PrimaryInstanceMetadataAction.class) != null) {
        return Optional.of(JenkinsTimingJob.of(sibling));
      }
    }
    return Optional.empty();
  }
}
