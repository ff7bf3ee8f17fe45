package jenkins;

/** Compile-only stub of jenkins-core's {@code jenkins.YesNoMaybe}. */
public enum YesNoMaybe {
  YES,
  NO,
  MAYBE
}
