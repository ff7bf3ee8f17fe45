package io.jenkins.plugins.paralleltests;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Whose Job/Read permission decides whether a build may take timings from a job the user named
 * ({@code referenceJob}).
 *
 * <p>A build that runs as an identity other than SYSTEM is checked as that identity. A SYSTEM build
 * (the default without Authorize Project) is checked as the user who started it, directly or
 * through a chain of upstream builds; a SYSTEM build that no user started (a timer, an SCM change,
 * branch indexing) is checked as anonymous. Checking it as SYSTEM would let anyone who can change a
 * Jenkinsfile read the test names and timings of every job on the controller.
 *
 * @param kind which identity is checked
 * @param userId the user checked, for {@link Kind#STARTING_USER}; else ""
 * @param description the identity, for messages
 */
record JobReader(Kind kind, String userId, String description) {

  /** The identities a check can be made as. */
  enum Kind {
    /** The identity the build runs as (not SYSTEM). */
    RUNNING_IDENTITY,
    /** The user who started the build or an upstream build of it. */
    STARTING_USER,
    /** Anonymous: a SYSTEM build no user started, or one started anonymously. */
    ANONYMOUS
  }

  JobReader {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(userId, "userId");
    Objects.requireNonNull(description, "description");
  }

  /**
   * The identity to check for one build.
   *
   * @param runsAsSystem whether the step runs as SYSTEM
   * @param runningName the name of the identity the step runs as
   * @param causes the build's causes, reduced to what matters here
   */
  static JobReader of(boolean runsAsSystem, String runningName, List<StartCause> causes) {
    if (!runsAsSystem) {
      return new JobReader(
          Kind.RUNNING_IDENTITY, "", "'" + runningName + "' (the identity this build runs as)");
    }
    Optional<StartCause.ByUser> starter = nearestUser(causes);
    if (starter.isEmpty()) {
      return new JobReader(
          Kind.ANONYMOUS,
          "",
          "anonymous (this build runs as SYSTEM and no user started it; run it as a user with"
              + " Authorize Project, or grant anonymous Job/Read)");
    }
    String userId = starter.get().userId();
    return userId == null
        ? new JobReader(Kind.ANONYMOUS, "", "anonymous (who started this build)")
        : new JobReader(
            Kind.STARTING_USER, userId, "user '" + userId + "' (who started this build)");
  }

  // Breadth first: the build's own user before any upstream build's, then the nearest upstream.
  private static Optional<StartCause.ByUser> nearestUser(List<StartCause> causes) {
    Deque<StartCause> pending = new ArrayDeque<>(causes);
    while (!pending.isEmpty()) {
      StartCause cause = pending.removeFirst();
      if (cause instanceof StartCause.ByUser user) {
        return Optional.of(user);
      }
      if (cause instanceof StartCause.ByUpstream upstream) {
        pending.addAll(upstream.causes());
      }
    }
    return Optional.empty();
  }
}
