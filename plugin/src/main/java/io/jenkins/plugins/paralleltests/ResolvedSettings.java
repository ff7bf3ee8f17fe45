package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.ShardCount;
import dev.paralleltests.core.unit.Granularity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The settings one {@code parallelTests} call runs with: each step parameter, else the global
 * configuration, else the built-in default; each value remembers where it came from.
 *
 * @param name "" for the default run, or the name that separates several runs in one build
 * @param shards how many shards to plan
 * @param shardsOrigin where {@code shards} came from
 * @param maxShards the administrator's cap
 * @param testResults the JUnit report pattern each shard publishes
 * @param image the Docker image each shard runs in, or "" for none
 * @param dockerArgs extra {@code docker run} arguments, or ""
 * @param label the agent label expression, or "" for any agent
 * @param timeoutMinutes per-shard timeout; 0 for none
 * @param granularity what a unit is
 * @param referenceJob the full name of a job to take timings from when this one has none, or ""
 * @param failFast whether one failing shard stops the others
 * @param historyDepth how many completed builds to read timings from
 * @param missingShardResult what a shard without (enough) results does to the build
 * @param notes adjustments a person should read (a capped shard count, for example)
 */
record ResolvedSettings(
    String name,
    ShardCount shards,
    SettingOrigin shardsOrigin,
    Setting<Integer> maxShards,
    Setting<String> testResults,
    Setting<String> image,
    String dockerArgs,
    Setting<String> label,
    Setting<Integer> timeoutMinutes,
    Setting<Granularity> granularity,
    String referenceJob,
    Setting<Boolean> failFast,
    Setting<Integer> historyDepth,
    Setting<MissingShardResult> missingShardResult,
    List<String> notes) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,39}");

  ResolvedSettings {
    notes = List.copyOf(notes);
  }

  /**
   * Resolves the step's parameters against the administrator's defaults.
   *
   * @throws IllegalArgumentException naming the parameter and the value it refused
   */
  static ResolvedSettings resolve(StepParameters step, GlobalDefaults global) {
    List<String> notes = new ArrayList<>();
    String name = step.name() == null ? "" : step.name().trim();
    if (!name.isEmpty() && !NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "parallelTests: name '"
              + step.name()
              + "' must be 1 to 40 letters, digits, '.', '_' or '-', starting with a letter or"
              + " digit (it names files and branches)");
    }
    Setting<Integer> max =
        positive(
            "maxShards (global configuration)",
            Setting.first(null, global.maxShards(), GlobalDefaults.BUILT_IN_MAX_SHARDS));

    ShardCount count;
    SettingOrigin countOrigin;
    String shardsText = step.shards() == null ? null : step.shards().trim();
    if (shardsText != null && shardsText.equalsIgnoreCase("auto")) {
      int target =
          step.targetMinutes() == null
              ? GlobalDefaults.BUILT_IN_TARGET_MINUTES
              : step.targetMinutes();
      if (target < 1) {
        throw new IllegalArgumentException(
            "parallelTests: targetMinutes must be at least 1, got " + target);
      }
      count = ShardCount.auto(Duration.ofMinutes(target), max.value());
      countOrigin = SettingOrigin.STEP;
    } else {
      if (step.targetMinutes() != null) {
        throw new IllegalArgumentException(
            "parallelTests: targetMinutes only applies with shards: 'auto'"
                + (shardsText == null ? "" : " (shards is " + shardsText + ")"));
      }
      Integer fromStep = shardsText == null ? null : parseShards(shardsText);
      Setting<Integer> n =
          positive(
              "shards", Setting.first(fromStep, global.shards(), GlobalDefaults.BUILT_IN_SHARDS));
      int value = n.value();
      if (value > max.value()) {
        notes.add(
            "shards "
                + value
                + " exceeds the maximum of "
                + max.value()
                + " ("
                + max.origin().label()
                + "); using "
                + max.value());
        value = max.value();
      }
      count = ShardCount.fixed(value);
      countOrigin = n.origin();
    }

    Setting<Integer> timeout =
        Setting.first(
            step.timeoutMinutes(),
            global.timeoutMinutes(),
            GlobalDefaults.BUILT_IN_TIMEOUT_MINUTES);
    if (timeout.value() < 0) {
      throw new IllegalArgumentException(
          "parallelTests: timeoutMinutes must be 0 (no timeout) or more, got " + timeout.value());
    }
    Granularity granularity;
    try {
      granularity =
          step.granularity() == null ? Granularity.CLASS : Granularity.parse(step.granularity());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("parallelTests: " + e.getMessage(), e);
    }
    Setting<Integer> depth =
        positive(
            "historyDepth (global configuration)",
            Setting.first(null, global.historyDepth(), GlobalDefaults.BUILT_IN_HISTORY_DEPTH));
    String testResults = blankToNull(step.testResults());

    return new ResolvedSettings(
        name,
        count,
        countOrigin,
        max,
        Setting.first(testResults, null, GlobalDefaults.BUILT_IN_TEST_RESULTS),
        Setting.first(blankToNull(step.image()), global.image(), ""),
        step.dockerArgs() == null ? "" : step.dockerArgs().trim(),
        Setting.first(blankToNull(step.label()), global.label(), ""),
        timeout,
        new Setting<>(
            granularity, step.granularity() == null ? SettingOrigin.BUILT_IN : SettingOrigin.STEP),
        step.referenceJob() == null ? "" : step.referenceJob().trim(),
        Setting.first(step.failFast(), null, false),
        depth,
        Setting.first(null, global.missingShardResult(), MissingShardResult.UNSTABLE),
        notes);
  }

  /** One line per setting, saying where each value came from, for the plan's log. */
  String describe() {
    StringBuilder out = new StringBuilder();
    line(out, "shards", shardsText(), shardsOrigin);
    line(out, "maxShards", maxShards.value().toString(), maxShards.origin());
    line(out, "granularity", granularity.value().label(), granularity.origin());
    line(out, "label", orNone(label.value()), label.origin());
    line(out, "image", orNone(image.value()), image.origin());
    line(out, "timeoutMinutes", timeoutText(), timeoutMinutes.origin());
    line(out, "testResults", testResults.value(), testResults.origin());
    line(out, "failFast", failFast.value().toString(), failFast.origin());
    line(out, "historyDepth", historyDepth.value() + " builds", historyDepth.origin());
    line(
        out,
        "missing shard",
        missingShardResult.value().name().toLowerCase(Locale.ROOT),
        missingShardResult.origin());
    for (String note : notes) {
      out.append("  note: ").append(note).append('\n');
    }
    return out.toString();
  }

  private String shardsText() {
    if (shards instanceof ShardCount.Auto auto) {
      return "auto (target "
          + Duration.ofMillis(auto.targetMillis()).toMinutes()
          + " min, at most "
          + auto.maxShards()
          + ")";
    }
    return Integer.toString(((ShardCount.Fixed) shards).shards());
  }

  private String timeoutText() {
    return timeoutMinutes.value() == 0 ? "none" : timeoutMinutes.value() + " min";
  }

  private static void line(StringBuilder out, String key, String value, SettingOrigin origin) {
    out.append("  ")
        .append(key)
        .append(" = ")
        .append(value)
        .append(" (")
        .append(origin.label())
        .append(")\n");
  }

  private static String orNone(String value) {
    return value.isEmpty() ? "(none)" : value;
  }

  private static int parseShards(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "parallelTests: shards must be a whole number or 'auto', got '" + text + "'", e);
    }
  }

  private static Setting<Integer> positive(String what, Setting<Integer> setting) {
    if (setting.value() < 1) {
      throw new IllegalArgumentException(
          "parallelTests: "
              + what
              + " must be at least 1, got "
              + setting.value()
              + " ("
              + setting.origin().label()
              + ")");
    }
    return setting;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.trim();
  }
}
