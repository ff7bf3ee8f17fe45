package io.jenkins.plugins.paralleltests;

import hudson.util.FormValidation;

/**
 * Snippet generator checks of the step's fields. They only say whether text is well formed and
 * reveal nothing about the system, so they need no permission check.
 */
final class StepChecks {
  private StepChecks() {}

  static FormValidation shards(String value) {
    return check(StepParameters.none().withShards(value));
  }

  static FormValidation granularity(String value) {
    return check(StepParameters.none().withGranularity(value));
  }

  static FormValidation name(String value) {
    return check(StepParameters.none().withName(value));
  }

  private static FormValidation check(StepParameters parameters) {
    try {
      ResolvedSettings.resolve(parameters, GlobalDefaults.none());
      return FormValidation.ok();
    } catch (IllegalArgumentException e) {
      return FormValidation.error(e.getMessage());
    }
  }
}
