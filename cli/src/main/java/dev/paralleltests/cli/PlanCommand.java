package dev.paralleltests.cli;

import dev.paralleltests.core.plan.ShardPlan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code plan}: splits the units into shards by their timings and prints the plan. */
@Command(
    name = "plan",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Split test units into shards of equal predicted time, and print the plan.",
    description = {
      "Units come from the arguments, from --units-from, or, when none are named and --history is"
          + " given, from the history itself. Named units get one inclusion list per shard; units"
          + " learned from the history get a catch-all shard (JSON: 'excludes' instead of"
          + " 'units') that also runs tests the history has never seen.",
      "",
      "Examples:",
      "  parallel-tests plan --shards 4 --history .timings --format json > plan.json",
      "  find src/test/java -name '*Test.java' | sed 's|src/test/java/||; s|\\.java$||; s|/|.|g' \\",
      "    | parallel-tests plan --shards auto --target-time 5m --history .timings --units-from -"
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {ExitStatus.DONE_LINE, ExitStatus.ERROR_LINE})
final class PlanCommand extends BaseCommand {

  @Option(
      names = "--shards",
      required = true,
      paramLabel = "N|auto",
      description = "How many shards, or auto: the fewest that meet --target-time.")
  String shards;

  @Mixin PlanOptions planOptions;

  @Option(
      names = "--format",
      paramLabel = "text|json",
      defaultValue = "text",
      description = "text: the plan explained for people (default); json: for split --plan.")
  String format = "text";

  @Mixin UnitsOptions units;

  @Override
  int execute() {
    boolean json =
        switch (format.trim().toLowerCase(java.util.Locale.ROOT)) {
          case "json" -> true;
          case "text" -> false;
          default ->
              throw CliException.usage(
                  "unknown format '" + format + "' for plan: expected text or json");
        };
    ShardPlan plan = Planning.plan(planOptions, shards, units, stdin(), this::warn);
    if (json) {
      PlanFiles.printJson(plan, outBytes());
    } else {
      out().print(PlanFiles.explain(plan));
    }
    return ExitStatus.PASSED;
  }
}
