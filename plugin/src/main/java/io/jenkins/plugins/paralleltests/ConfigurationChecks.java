package io.jenkins.plugins.paralleltests;

/**
 * The form checks of the global configuration, without Jenkins: each takes the field's text as the
 * browser sends it. An empty field is fine everywhere: it means "use the built-in default".
 */
final class ConfigurationChecks {
  private ConfigurationChecks() {}

  /** A check's result, turned into a Jenkins {@code FormValidation} at the edge. */
  record Check(Kind kind, String message) {
    enum Kind {
      OK,
      WARNING,
      ERROR
    }

    static Check ok(String message) {
      return new Check(Kind.OK, message);
    }

    static Check warning(String message) {
      return new Check(Kind.WARNING, message);
    }

    static Check error(String message) {
      return new Check(Kind.ERROR, message);
    }
  }

  static final int SHARDS_LIMIT = 1000;

  static Check shards(String value, Integer maxShards) {
    if (isBlank(value)) {
      return Check.ok("Not set: " + GlobalDefaults.BUILT_IN_SHARDS + " shards");
    }
    Integer n = parse(value);
    if (n == null || n < 1) {
      return Check.error("A whole number of shards, at least 1");
    }
    int max = maxShards == null ? GlobalDefaults.BUILT_IN_MAX_SHARDS : maxShards;
    if (n > max) {
      return Check.warning("More than the maximum of " + max + "; builds will use " + max);
    }
    return Check.ok("");
  }

  static Check maxShards(String value) {
    if (isBlank(value)) {
      return Check.ok("Not set: at most " + GlobalDefaults.BUILT_IN_MAX_SHARDS + " shards");
    }
    Integer n = parse(value);
    if (n == null || n < 1) {
      return Check.error("A whole number, at least 1");
    }
    if (n > SHARDS_LIMIT) {
      return Check.warning(
          "Each shard holds an executor; " + n + " shards of one build is a lot of agents");
    }
    return Check.ok("");
  }

  static Check image(String value) {
    if (isBlank(value)) {
      return Check.ok("Not set: shards run directly on their agent");
    }
    String image = value.trim();
    if (image.chars().anyMatch(Character::isWhitespace)) {
      return Check.error("An image reference has no spaces, e.g. maven:3.9-eclipse-temurin-17");
    }
    String repository = image;
    int digest = repository.indexOf('@');
    if (digest >= 0) {
      repository = repository.substring(0, digest);
    }
    int tag = repository.lastIndexOf(':');
    if (tag > repository.lastIndexOf('/')) {
      repository = repository.substring(0, tag);
    }
    if (repository.isEmpty()) {
      return Check.error("No repository name before the tag or digest");
    }
    if (!repository.equals(repository.toLowerCase(java.util.Locale.ROOT))) {
      return Check.error("Docker repository names are lower case: " + repository);
    }
    return Check.ok("");
  }

  static Check label(String value) {
    if (isBlank(value)) {
      return Check.ok("Not set: shards run on any agent");
    }
    int depth = 0;
    for (char c : value.toCharArray()) {
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth < 0) {
        break;
      }
    }
    if (depth != 0) {
      return Check.error("Unbalanced parentheses in the label expression");
    }
    return Check.ok("");
  }

  static Check timeoutMinutes(String value) {
    if (isBlank(value)) {
      return Check.ok("Not set: " + GlobalDefaults.BUILT_IN_TIMEOUT_MINUTES + " minutes per shard");
    }
    Integer n = parse(value);
    if (n == null || n < 0) {
      return Check.error("A whole number of minutes; 0 for no timeout");
    }
    if (n == 0) {
      return Check.warning("No timeout: a hung shard holds its agent until someone aborts it");
    }
    return Check.ok("");
  }

  static Check historyDepth(String value) {
    if (isBlank(value)) {
      return Check.ok("Not set: the last " + GlobalDefaults.BUILT_IN_HISTORY_DEPTH + " builds");
    }
    Integer n = parse(value);
    if (n == null || n < 1) {
      return Check.error("A whole number of builds, at least 1");
    }
    return Check.ok("");
  }

  static String blankToNull(String text) {
    return isBlank(text) ? null : text.trim();
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  private static Integer parse(String value) {
    try {
      return Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
