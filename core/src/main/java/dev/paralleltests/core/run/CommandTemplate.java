package dev.paralleltests.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's COMMAND with placeholders filled in per shard, without any shell in between.
 *
 * <ul>
 *   <li>An argument containing {@code {units}} is repeated once per selected unit, with the unit in
 *       place of the placeholder ({@code --select-class={units}} becomes {@code
 *       --select-class=a.BTest --select-class=a.CTest}); with no unit selected (the catch-all
 *       shard) it disappears.
 *   <li>{@code {excludes}} works the same way with the catch-all shard's excludes.
 *   <li>{@code {shard}}, {@code {shards}}, {@code {reports}}, {@code {units-file}}, {@code
 *       {excludes-file}}, {@code {includes-file}} and {@code {out}} are replaced in place.
 *   <li>A misspelt placeholder ({@code {unit}}, {@code {report}}) is refused, naming the one meant:
 *       passed on as it is, it would reach the runner as a file name or a selection.
 * </ul>
 */
public final class CommandTemplate {

  private final List<String> args;

  private CommandTemplate(List<String> args) {
    this.args = List.copyOf(args);
  }

  /** A template for COMMAND [ARG...]. */
  public static CommandTemplate of(List<String> args) {
    if (args.isEmpty()) {
      throw new IllegalArgumentException("no COMMAND given after --");
    }
    for (String arg : args) {
      Matcher m = WORD_IN_BRACES.matcher(arg);
      while (m.find()) {
        String name = m.group(1);
        if (PLACEHOLDERS.contains(name)) {
          continue;
        }
        for (String known : PLACEHOLDERS) {
          if (nearMiss(name, known)) {
            throw new IllegalArgumentException(
                "COMMAND argument '"
                    + arg
                    + "' holds {"
                    + name
                    + "}, which is no placeholder: did you mean {"
                    + known
                    + "}? (placeholders: {"
                    + String.join("}, {", PLACEHOLDERS)
                    + "})");
          }
        }
      }
    }
    return new CommandTemplate(args);
  }

  /** Every placeholder, in the order the documentation lists them. */
  static final List<String> PLACEHOLDERS =
      List.of(
          "units",
          "excludes",
          "shard",
          "shards",
          "reports",
          "out",
          "units-file",
          "includes-file",
          "excludes-file");

  private static final Pattern WORD_IN_BRACES =
      Pattern.compile("(?<!\\$)\\{([A-Za-z][A-Za-z_-]*)\\}");

  /**
   * A word in braces that is a placeholder misspelt: one letter added, dropped or changed or two
   * swapped ({@code {unit}}, {@code {report}}), another case ({@code {UNITS}}), or {@code _} for
   * {@code -}. Other words in braces ({@code {}} of {@code find -exec}, a template's own {@code
   * {name}}, a shell's {@code ${unit}}, which the pattern skips) pass unchanged, as before.
   */
  static boolean nearMiss(String word, String placeholder) {
    String w = word.toLowerCase(Locale.ROOT).replace('_', '-');
    if (w.equals(placeholder)) {
      return true;
    }
    return placeholder.length() >= 4 && editDistance(w, placeholder) == 1;
  }

  /** Levenshtein distance with adjacent transpositions counted as one edit. */
  private static int editDistance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }

  /** The command as written, for messages. */
  public List<String> args() {
    return args;
  }

  /** True when some argument names the selected units, so the runner is told them directly. */
  public boolean mentionsUnits() {
    return args.stream().anyMatch(a -> a.contains("{units}"));
  }

  /** The command line for one shard. */
  public List<String> expand(ShardWork work) {
    Map<String, String> scalars =
        Map.of(
            "{shard}", Integer.toString(work.index()),
            "{shards}", Integer.toString(work.shardCount()),
            "{reports}", work.reportsDir().toString(),
            "{units-file}", work.unitsFile().toString(),
            "{excludes-file}", work.excludesFile().toString(),
            "{includes-file}", work.includesFile().toString(),
            "{out}", work.dir().toString());
    List<String> out = new ArrayList<>();
    for (String arg : args) {
      String filled = arg;
      for (Map.Entry<String, String> e : scalars.entrySet()) {
        filled = filled.replace(e.getKey(), e.getValue());
      }
      if (filled.contains("{units}")) {
        repeat(filled, "{units}", work.selection(), out);
      } else if (filled.contains("{excludes}")) {
        repeat(filled, "{excludes}", work.excludes(), out);
      } else {
        out.add(filled);
      }
    }
    return out;
  }

  private static void repeat(
      String arg, String placeholder, List<String> values, List<String> out) {
    for (String value : values) {
      out.add(arg.replace(placeholder, value));
    }
  }
}
