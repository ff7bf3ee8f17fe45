package io.jenkins.plugins.paralleltests;

/**
 * The administrator's defaults, as the global configuration holds them; {@code null} means "not
 * set", so that the plan's log can tell a configured value from a built-in one.
 */
record GlobalDefaults(
    Integer shards,
    Integer maxShards,
    String image,
    String label,
    Integer timeoutMinutes,
    Integer historyDepth,
    MissingShardResult missingShardResult) {

  static final int BUILT_IN_SHARDS = 4;
  static final int BUILT_IN_MAX_SHARDS = 32;
  static final int BUILT_IN_TIMEOUT_MINUTES = 60;
  static final int BUILT_IN_HISTORY_DEPTH = 20;
  static final int BUILT_IN_TARGET_MINUTES = 10;
  static final String BUILT_IN_TEST_RESULTS = "**/TEST-*.xml";

  /** No administrator settings at all. */
  static GlobalDefaults none() {
    return new GlobalDefaults(null, null, null, null, null, null, null);
  }

  GlobalDefaults {
    image = blankToNull(image);
    label = blankToNull(label);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
