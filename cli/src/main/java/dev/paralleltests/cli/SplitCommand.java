package dev.paralleltests.cli;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.RunnerFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code split}: prints one shard's units in the form a test runner takes. */
@Command(
    name = "split",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    header = "Print one shard's tests for the test runner.",
    description = {
      "Plans (--shards) or reads a plan made once by 'plan --format json' (--plan), and prints"
          + " shard I's units. Without --index (and --shards) it reads the CI's variables: GitLab"
          + " CI_NODE_INDEX/CI_NODE_TOTAL (1-based), CircleCI CIRCLE_NODE_INDEX/CIRCLE_NODE_TOTAL"
          + " and Buildkite BUILDKITE_PARALLEL_JOB/BUILDKITE_PARALLEL_JOB_COUNT (0-based). Shard"
          + " indexes are 1-based. When several are set and disagree, GitLab's win, then"
          + " CircleCI's, with a warning.",
      "",
      "Formats: lines (one unit a line); surefire (lines of an includesFile, or for the catch-all"
          + " shard of an excludesFile that keeps Surefire's default **/*$* exclusion); pytest"
          + " (arguments, one a line; the catch-all gets --deselect=UNIT); jest (arguments:"
          + " --runTestsByPath and the files; the catch-all gets one path pattern matching every"
          + " file but the others', anchored at the working directory, so that the project's"
          + " testPathIgnorePatterns still apply; file granularity only).",
      "",
      "When the plan has fewer shards than I (fewer units than jobs), nothing is printed, a note"
          + " goes to standard error, and the exit status is 0: skip the test run then, since"
          + " an empty list means 'everything' to most runners.",
      "",
      "Examples:",
      "  parallel-tests split --plan plan.json --index 2 --format surefire \\",
      "    --includes-file /tmp/includes.txt --excludes-file /tmp/excludes.txt",
      "  pytest $(parallel-tests split --shards 3 --index 1 --granularity file --format pytest"
          + " tests/test_*.py)"
    },
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {ExitStatus.DONE_LINE, ExitStatus.ERROR_LINE})
final class SplitCommand extends BaseCommand {

  @Option(
      names = "--shards",
      paramLabel = "N|auto",
      description = "Plan now into this many shards (default: the CI's job count).")
  String shards;

  @Option(
      names = "--plan",
      paramLabel = "FILE",
      description = "Use a plan written by 'plan --format json' instead of planning again.")
  Path plan;

  @Option(
      names = "--index",
      paramLabel = "I",
      description = "This shard, 1-based (default: from the CI's variables).")
  Integer index;

  @Mixin PlanOptions planOptions;

  @Option(
      names = "--format",
      paramLabel = "lines|surefire|pytest|jest",
      defaultValue = "lines",
      converter = FormatConverter.class,
      description = "How to print the shard (default: lines).")
  RunnerFormat format = RunnerFormat.LINES;

  @Option(
      names = "--includes-file",
      paramLabel = "FILE",
      description =
          "Write what this shard runs to FILE (empty for the catch-all: everything) instead of"
              + " printing it; needs --excludes-file.")
  Path includesFile;

  @Option(
      names = "--excludes-file",
      paramLabel = "FILE",
      description =
          "Write what this shard must not run to FILE (empty except for the catch-all); needs"
              + " --includes-file. Neither file is written when the shard has nothing planned.")
  Path excludesFile;

  @Mixin UnitsOptions units;

  @Override
  int execute() throws IOException {
    if (plan != null && shards != null) {
      throw CliException.usage("give either --plan FILE or --shards N, not both");
    }
    if (plan != null && units.named()) {
      throw CliException.usage("with --plan the units come from the plan; do not name any");
    }
    if ((includesFile == null) != (excludesFile == null)) {
      throw CliException.usage("--includes-file and --excludes-file go together");
    }
    Optional<CiShard> ci =
        index == null || (plan == null && shards == null)
            ? CiShard.fromEnvironment(environment())
            : Optional.empty();
    ci.flatMap(c -> CiShard.disagreement(environment(), c)).ifPresent(this::warn);
    int shardIndex = resolveIndex(ci);
    ShardPlan shardPlan;
    if (plan != null) {
      shardPlan = PlanFiles.readJson(plan);
    } else {
      String count = shards != null ? shards : resolveCount(ci);
      if (!count.equalsIgnoreCase("auto")
          && isNumber(count)
          && shardIndex > Integer.parseInt(count)) {
        throw CliException.usage("--index " + shardIndex + " is beyond --shards " + count);
      }
      shardPlan = Planning.plan(planOptions, count, units, stdin(), this::warn);
    }
    int planned = shardPlan.shards().size();
    if (plan != null && ci.isPresent() && index == null && ci.get().total() < planned) {
      warn(
          "the plan has "
              + Messages.count(planned, "shard")
              + " but only "
              + Messages.count(ci.get().total(), "job")
              + " run ("
              + ci.get().source()
              + "): "
              + (ci.get().total() + 1 == planned
                  ? "shard " + planned
                  : "shards " + (ci.get().total() + 1) + ".." + planned)
              + " will not run; make the job count equal to the plan's --shards");
    }
    if (shardIndex > planned) {
      warn(
          "shard "
              + shardIndex
              + ": the plan has only "
              + planned
              + (planned == 1 ? " shard" : " shards")
              + " (fewer units than jobs); nothing to run");
      if (includesFile != null) {
        Files.deleteIfExists(includesFile);
        Files.deleteIfExists(excludesFile);
      }
      return ExitStatus.PASSED;
    }
    Shard shard = shardPlan.shard(shardIndex);
    List<String> excluded = shardPlan.excludesFor(shardIndex);
    var granularity = shardPlan.granularity();
    // The runner is started where split runs: Jest's catch-all pattern is anchored there.
    Path workDir = Path.of("").toAbsolutePath();
    List<String> includes;
    List<String> excludes;
    try {
      includes = shard.catchAll() ? List.of() : format.includes(shard.units(), granularity);
      excludes = shard.catchAll() ? format.excludes(excluded, granularity, workDir) : List.of();
    } catch (IllegalArgumentException e) {
      throw CliException.usage("--format " + format.label() + ": " + e.getMessage());
    }
    if (includesFile != null) {
      write(includesFile, includes);
      write(excludesFile, excludes);
      return ExitStatus.PASSED;
    }
    List<String> lines;
    if (!shard.catchAll()) {
      lines = includes;
    } else if (format == RunnerFormat.LINES) {
      warn(
          "shard "
              + shardIndex
              + " is the catch-all: these are its planned units, but it should also run tests the"
              + " plan has never seen; use --format surefire, pytest or jest, or --excludes-file");
      lines = shard.units();
    } else {
      lines = excludes;
    }
    lines.forEach(out()::println);
    return ExitStatus.PASSED;
  }

  private int resolveIndex(Optional<CiShard> ci) {
    if (index != null) {
      if (index < 1) {
        throw CliException.usage("--index is 1-based, got " + index);
      }
      return index;
    }
    return ci.map(CiShard::index)
        .orElseThrow(
            () ->
                CliException.usage(
                    "--index is missing and no CI variables say which shard this is"
                        + " (CI_NODE_INDEX, CIRCLE_NODE_INDEX, BUILDKITE_PARALLEL_JOB)"));
  }

  private static String resolveCount(Optional<CiShard> ci) {
    return ci.map(c -> Integer.toString(c.total()))
        .orElseThrow(
            () ->
                CliException.usage(
                    "give --plan FILE or --shards N (no CI variables say how many jobs run)"));
  }

  private static boolean isNumber(String text) {
    return text.trim().matches("\\d{1,9}");
  }

  private static void write(Path file, List<String> lines) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Picocli converter for {@code --format} of split. */
  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<RunnerFormat> {
    @Override
    public RunnerFormat convert(String value) {
      try {
        return RunnerFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
