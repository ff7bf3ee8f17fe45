package io.jenkins.plugins.paralleltests;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Cause;
import java.util.ArrayList;
import java.util.List;

/**
 * What started a build, as far as {@link JobReader} needs it: a user, or an upstream build with its
 * own causes. Every other cause (timer, SCM, branch indexing) starts a build without a user.
 */
sealed interface StartCause {

  /**
   * A user started the build.
   *
   * @param userId the user's id, or null when anonymous started it ({@code
   *     Cause.UserIdCause.getUserId()} answers null for anonymous)
   */
  record ByUser(@CheckForNull String userId) implements StartCause {}

  /**
   * An upstream build started this one.
   *
   * @param causes the upstream build's causes
   */
  record ByUpstream(List<StartCause> causes) implements StartCause {
    public ByUpstream {
      causes = List.copyOf(causes);
    }
  }

  /**
   * Adapts Jenkins' causes. {@code UpstreamCause.getUpstreamCauses()} is the copy of the upstream
   * build's causes kept in this build (trimmed to depth 10 and 25 causes, jenkins@ff9430ee1d
   * core/src/main/java/hudson/model/Cause.java:155-197, 319), so no upstream build is loaded.
   */
  static List<StartCause> of(List<Cause> causes) {
    List<StartCause> adapted = new ArrayList<>();
    for (Cause cause : causes) {
      if (cause instanceof Cause.UserIdCause user) {
        adapted.add(new ByUser(user.getUserId()));
      } else if (cause instanceof Cause.UpstreamCause upstream) {
        adapted.add(new ByUpstream(of(upstream.getUpstreamCauses())));
      }
    }
    return adapted;
  }
}
