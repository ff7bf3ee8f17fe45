package dev.paralleltests.core.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
    return new CommandTemplate(args);
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
