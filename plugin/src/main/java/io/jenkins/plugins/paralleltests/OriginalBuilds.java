package io.jenkins.plugins.paralleltests;

import hudson.model.Cause;
import hudson.model.Run;
import java.lang.reflect.Method;
import java.util.Optional;
import org.jenkinsci.plugins.workflow.cps.replay.ReplayCause;

/**
 * Finds the build a build was restarted from (Declarative's "Restart from Stage") or replayed from,
 * through its cause.
 */
final class OriginalBuilds {
  /**
   * Declarative's restart cause. Pipeline: Model Definition is not a dependency of this plugin
   * (scripted Pipelines do not need it), so its cause is recognised by name and read by reflection.
   */
  static final String RESTART_CAUSE =
      "org.jenkinsci.plugins.pipeline.modeldefinition.causes.RestartDeclarativePipelineCause";

  private OriginalBuilds() {}

  static Optional<OriginalBuild> of(Run<?, ?> run) {
    for (Cause cause : run.getCauses()) {
      if (cause instanceof ReplayCause replay) {
        Run<?, ?> original = replay.getOriginal();
        if (original != null) {
          return Optional.of(describe(original, "replayed"));
        }
      } else if (cause.getClass().getName().equals(RESTART_CAUSE)) {
        Run<?, ?> original = restartOriginal(cause);
        if (original != null) {
          return Optional.of(describe(original, "restarted from a stage"));
        }
      }
    }
    return Optional.empty();
  }

  private static OriginalBuild describe(Run<?, ?> original, String how) {
    return new OriginalBuild(
        "#" + original.getNumber() + " (" + how + ")", original.getRootDir().toPath());
  }

  private static Run<?, ?> restartOriginal(Cause cause) {
    try {
      Method getter = cause.getClass().getMethod("getOriginal");
      Object original = getter.invoke(cause);
      return original instanceof Run<?, ?> run ? run : null;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
