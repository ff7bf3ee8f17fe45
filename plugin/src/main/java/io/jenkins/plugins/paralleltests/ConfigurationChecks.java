package io.jenkins.plugins.paralleltests;

import java.util.Optional;
import java.util.function.Function;

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
    // A registry host may have capitals, the path after it may not (distribution/reference@0965666
    // regexp.go:44, 61, 128). The first of several components is a host when it is localhost, has
    // a dot or a colon, or is not lower case (normalize.go:146-180, splitDockerDomain).
    String path = repository;
    int slash = repository.indexOf('/');
    if (slash > 0) {
      String first = repository.substring(0, slash);
      if (first.equals("localhost")
          || first.contains(".")
          || first.contains(":")
          || !first.equals(first.toLowerCase(java.util.Locale.ROOT))) {
        path = repository.substring(slash + 1);
      }
    }
    if (!path.equals(path.toLowerCase(java.util.Locale.ROOT))) {
      return Check.error("Docker repository names are lower case: " + path);
    }
    return Check.ok("");
  }

  static Check label(String value) {
    if (isBlank(value)) {
      return Check.ok("Not set: shards run on any agent");
    }
    // What is saved, and what Jenkins then parses, is the trimmed text (blankToNull); positions
    // count from the start of the field as typed.
    int lead = 0;
    while (value.charAt(lead) <= ' ') {
      lead++;
    }
    String expression = value.trim();
    Optional<String> problem = LabelExpressionCheck.problem(expression, lead);
    if (problem.isPresent()) {
      return Check.error("Jenkins cannot parse this label expression " + problem.get());
    }
    return LabelExpressionCheck.nodeStepReading(expression)
        .map(Check::warning)
        .orElse(Check.ok(""));
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

  /** A field whose submitted value the save refuses, and the message that names it. */
  record Refusal(String field, String message) {}

  /** How long a refused value may be in the message; the rest is cut. */
  private static final int SHOWN_VALUE = 40;

  /**
   * The first field of the global configuration form whose submitted text its own check calls an
   * error, in the order the form shows them; empty when the form may be saved. {@code submitted}
   * gives a field's value as the form sent it: text, or {@code null} for a field not sent. An empty
   * field passes (it means "not set"). Anything else that is not text, such as a JSON null in a
   * hand-made request, counts as not set too, as Stapler binds a JSON null to {@code null}
   * (stapler@425108f {@code RequestImpl.java:792-795}).
   *
   * <p>Without this refusal an unparsable number would be saved as "not set": Stapler converts the
   * form's text to the {@code Integer} setters' type with commons-beanutils' {@code
   * IntegerConverter} registered with a default of {@code null} ({@code Stapler.java:1269}, used by
   * {@code RequestImpl.java:931-939} and {@code 1185-1187}), and that converter returns its default
   * instead of failing on text {@code Integer.valueOf} cannot read (commons-beanutils 1.11.0, the
   * version stapler uses: {@code NumberConverter.java:199, 374}; {@code
   * AbstractConverter.java:173-174} hands the error to {@code handleError}, which returns the
   * default when there is one, 298-299 and 337-353, as the constructor set it, 97-98 and 408-418).
   */
  static Optional<Refusal> refusal(Function<String, Object> submitted) {
    String max = text(submitted.apply("maxShards"));
    Integer maxShards = isBlank(max) ? null : parse(max);
    String[][] fields = {
      {"defaultShards", "Default shards"},
      {"maxShards", "Maximum shards"},
      {"defaultLabel", "Default agent label"},
      {"defaultImage", "Default Docker image"},
      {"timeoutMinutes", "Timeout per shard (minutes)"},
      {"historyDepth", "History depth (builds)"},
    };
    for (String[] field : fields) {
      String value = text(submitted.apply(field[0]));
      Check check =
          switch (field[0]) {
            case "defaultShards" -> shards(value, maxShards);
            case "maxShards" -> maxShards(value);
            case "defaultLabel" -> label(value);
            case "defaultImage" -> image(value);
            case "timeoutMinutes" -> timeoutMinutes(value);
            default -> historyDepth(value);
          };
      if (check.kind() == Check.Kind.ERROR) {
        return Optional.of(
            new Refusal(
                field[0],
                "Parallel Tests, "
                    + field[1]
                    + ": \""
                    + shown(value)
                    + "\" is refused. "
                    + check.message()
                    + ". The Parallel Tests settings were left as they were."));
      }
    }
    return Optional.empty();
  }

  private static String text(Object value) {
    if (value instanceof String text) {
      return text;
    }
    return value instanceof Number number ? number.toString() : null;
  }

  /** The value as the message shows it: one line, and not too long. */
  private static String shown(String value) {
    String line = value.replaceAll("\\p{Cntrl}", "?");
    return line.length() <= SHOWN_VALUE ? line : line.substring(0, SHOWN_VALUE) + "...";
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
