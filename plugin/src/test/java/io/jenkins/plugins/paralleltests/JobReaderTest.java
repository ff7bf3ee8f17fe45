package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.paralleltests.StartCause.ByUpstream;
import io.jenkins.plugins.paralleltests.StartCause.ByUser;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobReaderTest {

  @Test
  void aBuildRunningAsAnIdentityOtherThanSystemIsCheckedAsThatIdentity() {
    JobReader reader = JobReader.of(false, "deployer", List.of(new ByUser("bob")));

    assertThat(reader.kind()).isEqualTo(JobReader.Kind.RUNNING_IDENTITY);
    assertThat(reader.description()).isEqualTo("'deployer' (the identity this build runs as)");
  }

  @Test
  void aSystemBuildAUserStartedIsCheckedAsThatUser() {
    JobReader reader = JobReader.of(true, "SYSTEM", List.of(new ByUser("bob")));

    assertThat(reader.kind()).isEqualTo(JobReader.Kind.STARTING_USER);
    assertThat(reader.userId()).isEqualTo("bob");
    assertThat(reader.description()).isEqualTo("user 'bob' (who started this build)");
  }

  @Test
  void aSystemBuildNoUserStartedIsCheckedAsAnonymousNotAsSystem() {
    // A timer, an SCM change or branch indexing leaves no UserIdCause. SYSTEM passes every
    // permission check (jenkins-2.541.3 AccessControlled.java:89-93), so checking as SYSTEM would
    // let a Jenkinsfile read any job's timings.
    JobReader reader = JobReader.of(true, "SYSTEM", List.of());

    assertThat(reader.kind()).isEqualTo(JobReader.Kind.ANONYMOUS);
    assertThat(reader.description())
        .startsWith("anonymous (this build runs as SYSTEM and no user started it;")
        .contains("Authorize Project");
  }

  @Test
  void aBuildAnUpstreamBuildOfAUserStartedIsCheckedAsThatUser() {
    // Cause.UpstreamCause keeps the upstream build's causes (jenkins@ff9430ee1d
    // core/src/main/java/hudson/model/Cause.java:184-197, getUpstreamCauses at 319).
    JobReader reader =
        JobReader.of(
            true,
            "SYSTEM",
            List.of(new ByUpstream(List.of(new ByUpstream(List.of(new ByUser("carol")))))));

    assertThat(reader.kind()).isEqualTo(JobReader.Kind.STARTING_USER);
    assertThat(reader.userId()).isEqualTo("carol");
  }

  @Test
  void theBuildsOwnUserComesBeforeAnUpstreamBuildsUser() {
    JobReader reader =
        JobReader.of(
            true,
            "SYSTEM",
            List.of(new ByUpstream(List.of(new ByUser("carol"))), new ByUser("bob")));

    assertThat(reader.userId()).isEqualTo("bob");
  }

  @Test
  void anUpstreamChainNoUserStartedIsCheckedAsAnonymous() {
    JobReader reader = JobReader.of(true, "SYSTEM", List.of(new ByUpstream(List.of())));

    assertThat(reader.kind()).isEqualTo(JobReader.Kind.ANONYMOUS);
  }

  @Test
  void aBuildStartedAnonymouslyIsCheckedAsAnonymous() {
    // Cause.UserIdCause.getUserId() is null when no user was logged in (Cause.java:447-473).
    JobReader reader = JobReader.of(true, "SYSTEM", List.of(new ByUser(null)));

    assertThat(reader.kind()).isEqualTo(JobReader.Kind.ANONYMOUS);
    assertThat(reader.description()).isEqualTo("anonymous (who started this build)");
  }
}
