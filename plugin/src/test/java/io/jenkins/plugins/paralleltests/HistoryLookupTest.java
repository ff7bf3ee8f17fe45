package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HistoryLookupTest {

  private final FakeDirectory directory = new FakeDirectory();

  @Test
  void shouldUseTheJobsOwnBuildsFirst() {
    FakeJob own = directory.add("project/feature", 3);
    directory.add("project/main", 5).primary = true;

    HistoryLookup lookup = HistoryLookup.find(own, "", "main", "other", directory, 20);

    assertThat(lookup.job()).contains(own);
    assertThat(lookup.builds())
        .extracting(TimingJob.TimingBuild::id)
        .containsExactly("3", "2", "1");
  }

  @Test
  void shouldReadNoMoreBuildsThanTheHistoryDepth() {
    FakeJob own = directory.add("project/main", 30);

    assertThat(HistoryLookup.find(own, "", "", "", directory, 20).builds()).hasSize(20);
  }

  @Test
  void shouldFallBackToTheReferenceJobBeforeBranches() {
    FakeJob own = directory.add("project/PR-7", 0);
    FakeJob reference = directory.add("nightly", 2);
    directory.add("project/main", 5).primary = true;

    HistoryLookup lookup = HistoryLookup.find(own, "", "main", "nightly", directory, 20);

    assertThat(lookup.job()).contains(reference);
    assertThat(lookup.log())
        .containsExactly(
            "this job 'project/PR-7' has no completed build with test timings",
            "timings from referenceJob 'nightly': 2 build(s), newest #2");
  }

  @Test
  void shouldFindTheTargetBranchJobByItsEncodedName() {
    FakeJob own = directory.add("project/PR-7", 0);
    FakeJob target = directory.add("project/release%2F1.x", 4);
    directory.add("project/main", 5).primary = true;

    HistoryLookup lookup = HistoryLookup.find(own, "", "release/1.x", "", directory, 20);

    assertThat(lookup.job()).contains(target);
  }

  @Test
  void shouldFallBackToThePrimaryBranchWhenTheTargetHasNoTimings() {
    FakeJob own = directory.add("project/PR-7", 0);
    directory.add("project/release%2F1.x", 0);
    FakeJob primary = directory.add("project/main", 5);
    primary.primary = true;

    HistoryLookup lookup = HistoryLookup.find(own, "", "release/1.x", "", directory, 20);

    assertThat(lookup.job()).contains(primary);
    assertThat(lookup.log())
        .contains(
            "target branch job 'project/release%2F1.x' has no completed build with test timings");
  }

  @Test
  void shouldRefuseAReferenceJobThatDoesNotExistNamingIt() {
    FakeJob own = directory.add("project/PR-7", 0);
    directory.add("project/main", 1).primary = true;

    assertThatThrownBy(() -> HistoryLookup.find(own, "", "", "gone", directory, 20))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("referenceJob 'gone' does not exist");
  }

  @Test
  void shouldRefuseAReferenceJobTheBuildsIdentityMayNotReadNamingJobAndIdentity() {
    // A build runs as SYSTEM unless an authorization plugin says otherwise, and SYSTEM reads every
    // job (AccessControlled.hasPermission2 answers true for ACL.SYSTEM2, jenkins-2.541.3
    // AccessControlled.java:89-93): the directory checks Job/Read for a narrower identity, and a
    // job it may not read must stop the plan, not quietly give no history.
    FakeJob own = directory.add("project/PR-7", 0);
    directory.add("secret/nightly", 3);
    directory.add("project/main", 1).primary = true;
    directory.unreadable.add("secret/nightly");

    assertThatThrownBy(() -> HistoryLookup.find(own, "", "", "secret/nightly", directory, 20))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "parallelTests: referenceJob 'secret/nightly' does not exist, or user 'bob' (who"
                + " started this build) may not read it (Job/Read permission); correct the name,"
                + " or grant that permission on the job");
  }

  @Test
  void shouldNotLookAtTheReferenceJobWhenTheJobHasItsOwnHistory() {
    FakeJob own = directory.add("project/main", 2);
    directory.add("secret/nightly", 3);
    directory.unreadable.add("secret/nightly");

    assertThat(HistoryLookup.find(own, "", "", "secret/nightly", directory, 20).job())
        .contains(own);
  }

  @Test
  void shouldReportThatNoJobHasTimings() {
    FakeJob own = directory.add("project/main", 0);
    own.primary = true;

    HistoryLookup lookup = HistoryLookup.find(own, "", "", "", directory, 20);

    assertThat(lookup.job()).isEmpty();
    assertThat(lookup.builds()).isEmpty();
    assertThat(lookup.log()).last().isEqualTo("no timing history found");
  }

  @Test
  void shouldEncodeBranchNamesAsBranchApiDoes() {
    assertThat(BranchJobNames.encode("release/1.x")).isEqualTo("release%2F1.x");
    assertThat(BranchJobNames.encode("feature/a#b?c")).isEqualTo("feature%2Fa%23b%3Fc");
    assertThat(BranchJobNames.encode("100%")).isEqualTo("100%25");
    assertThat(BranchJobNames.encode("main")).isEqualTo("main");
    assertThat(BranchJobNames.encode("..")).isEqualTo("%2E.");
  }

  /** A job with {@code count} completed builds that have junit results, numbered 1..count. */
  static final class FakeJob implements TimingJob {
    final String name;
    final List<TimingBuild> builds = new ArrayList<>();
    boolean primary;

    FakeJob(String name, int count) {
      this.name = name;
      for (int n = count; n >= 1; n--) {
        builds.add(new FakeBuild(Integer.toString(n), null, List.of()));
      }
    }

    @Override
    public String fullName() {
      return name;
    }

    @Override
    public List<TimingBuild> usableBuilds(int max) {
      return builds.subList(0, Math.min(max, builds.size()));
    }
  }

  /** A build with our timings file, or else a junit result made of these suites. */
  record FakeBuild(String id, Path timingsFile, List<SuiteRecord> suites)
      implements TimingJob.TimingBuild {
    @Override
    public Instant finishedAt() {
      return Instant.parse("2026-01-01T00:00:00Z").plusSeconds(Long.parseLong(id) * 60);
    }

    @Override
    public Optional<Path> timingsFile(String runName) {
      return Optional.ofNullable(timingsFile);
    }

    @Override
    public boolean hasJunitResult() {
      return timingsFile == null;
    }

    @Override
    public List<SuiteRecord> junitSuites() {
      return suites;
    }
  }

  /** Jobs by full name; siblings share the folder part of the name. */
  static final class FakeDirectory implements JobDirectory {
    final Map<String, FakeJob> jobs = new HashMap<>();

    FakeJob add(String fullName, int builds) {
      FakeJob job = new FakeJob(fullName, builds);
      jobs.put(fullName, job);
      return job;
    }

    final Set<String> unreadable = new HashSet<>();

    @Override
    public Optional<TimingJob> readableJob(String fullName) {
      return unreadable.contains(fullName)
          ? Optional.empty()
          : Optional.ofNullable(jobs.get(fullName));
    }

    @Override
    public String reader() {
      return "user 'bob' (who started this build)";
    }

    @Override
    public Optional<TimingJob> sibling(TimingJob job, String itemName) {
      return Optional.ofNullable(jobs.get(folder(job) + itemName));
    }

    @Override
    public Optional<TimingJob> primarySibling(TimingJob job) {
      return jobs.values().stream()
          .filter(j -> j.primary && folder(j).equals(folder(job)))
          .map(j -> (TimingJob) j)
          .findFirst();
    }

    private static String folder(TimingJob job) {
      return job.fullName().substring(0, job.fullName().lastIndexOf('/') + 1);
    }
  }
}
