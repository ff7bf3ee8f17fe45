package io.jenkins.plugins.paralleltests;

import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Job;
import java.util.Optional;
import jenkins.model.Jenkins;
import jenkins.scm.api.metadata.PrimaryInstanceMetadataAction;

/**
 * Finds jobs in Jenkins as the build's own authentication may see them. Branch jobs of a
 * multibranch project are siblings in one folder; Branch API marks the primary branch's job with a
 * {@link PrimaryInstanceMetadataAction}.
 */
final class JenkinsJobDirectory implements JobDirectory {

  static final JenkinsJobDirectory INSTANCE = new JenkinsJobDirectory();

  private JenkinsJobDirectory() {}

  @Override
  public Optional<TimingJob> byFullName(String fullName) {
    Job<?, ?> job = Jenkins.get().getItemByFullName(fullName, Job.class);
    return job == null ? Optional.empty() : Optional.of(JenkinsTimingJob.of(job));
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
