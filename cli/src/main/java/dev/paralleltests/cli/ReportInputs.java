package dev.paralleltests.cli;

import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.merge.JUnitMerger;
import dev.paralleltests.core.merge.MergeException;
import dev.paralleltests.core.merge.MergeRequest;
import dev.paralleltests.core.merge.MergeResult;
import dev.paralleltests.core.merge.ShardInput;
import dev.paralleltests.core.plan.ShardPlan;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The shard reports {@code merge} and {@code report} read: one REPORT argument per shard. */
final class ReportInputs {

  @Option(
      names = "--expect-shards",
      paramLabel = "N",
      description =
          "How many shards ran: a shard 1..N without reports fails the run (default: the plan's"
              + " shard count, else the highest shard given).")
  Integer expectShards;

  @Option(
      names = "--plan",
      paramLabel = "FILE",
      description = "The plan the shards followed: compares planned and actual time per shard.")
  Path plan;

  @Option(
      names = "--root",
      paramLabel = "DIR",
      description =
          "With --plan: the repository root the tests ran in, against which reported cases are"
              + " named as the plan's units (default: the current directory).")
  Path root;

  @Parameters(
      paramLabel = "REPORT",
      arity = "1..*",
      description =
          "One shard's reports: a JUnit XML file or a directory searched for them; shard I is the"
              + " I-th REPORT, or name it: I=PATH.")
  List<String> reports = new ArrayList<>();

  /** Merges the shards' reports into {@code output}; problems stay in the summary. */
  MergeResult merge(Path output) {
    if (expectShards != null && expectShards < 1) {
      throw CliException.usage("--expect-shards must be at least 1, got " + expectShards);
    }
    List<ShardInput> shards;
    try {
      shards = ShardInput.parseAll(reports);
    } catch (IllegalArgumentException e) {
      throw CliException.usage(Messages.describe(e));
    }
    MergeRequest request = MergeRequest.of(shards, output);
    if (expectShards != null) {
      request = request.withExpectedShards(expectShards);
    }
    if (plan != null) {
      ShardPlan shardPlan = PlanFiles.readJson(plan);
      request = request.withPlan(shardPlan);
    }
    if (root != null) {
      request = request.withRepositoryRoot(root);
    }
    JUnitXmlReader reader = JUnitXmlReader.full();
    try {
      return JUnitMerger.using(reader::read).merge(request);
    } catch (MergeException e) {
      throw CliException.usage(Messages.describe(e));
    }
  }

  /** Problems and warnings to standard error, one line each. */
  static void printNotes(
      dev.paralleltests.core.report.RunSummary summary, PrintWriter err, String prefix) {
    summary.problems().forEach(p -> err.println(prefix + "error: " + p));
    summary.warnings().forEach(w -> err.println(prefix + "warning: " + w));
  }

  /**
   * Warns when nothing says how many shards ran: the highest shard given is then taken as the
   * count, so a missing last shard (a glob like {@code shard-*}{@code /} that matched one directory
   * fewer) would go unnoticed.
   */
  void warnIfShardCountUnchecked(PrintWriter err, String prefix) {
    if (expectShards == null && plan == null && reports.size() > 1) {
      err.println(
          prefix
              + "warning: neither --expect-shards nor --plan was given, so a missing last shard"
              + " cannot be noticed");
    }
  }
}
