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
    MergeInputCheck.refuseOutputAmongInputs(output, shards);
    MergeRequest request = MergeRequest.of(shards, output);
    if (expectShards != null) {
      request = request.withExpectedShards(expectShards);
    }
    if (plan != null) {
      ShardPlan shardPlan = PlanFiles.readJson(plan);
      MergeInputCheck.refusePlanMismatch(plan, shardPlan, shards, expectShards);
      request = request.withPlan(shardPlan);
    }
    if (root != null) {
      request = request.withRepositoryRoot(root);
    }
    JUnitXmlReader reader = JUnitXmlReader.full();
    try {
      return JUnitMerger.using(reader::read).refusingForeignPlan().merge(request);
    } catch (MergeException e) {
      String message = Messages.describe(e);
      if (message.startsWith(JUnitMerger.FOREIGN_PLAN)) {
        message = "--plan " + plan + ": " + message;
      }
      throw CliException.usage(message);
    }
  }

  /** Problems and warnings to standard error, one line each. */
  static void printNotes(
      dev.paralleltests.core.report.RunSummary summary, PrintWriter err, String prefix) {
    printSome(summary.problems().stream().map(String::valueOf).toList(), err, prefix + "error: ");
    printSome(summary.warnings(), err, prefix + "warning: ");
  }

  /**
   * Notes shown one a line, at most {@link #NOTES_SHOWN}: the summary and reports hold them all.
   */
  static final int NOTES_SHOWN = 20;

  private static void printSome(List<String> notes, PrintWriter err, String prefix) {
    for (int i = 0; i < notes.size(); i++) {
      // One note more than the limit is shown, not replaced by a line saying "1 more": it is often
      // the line that counts the tests left unnamed ("452 more tests ran in more than one shard").
      if (i == NOTES_SHOWN && notes.size() > NOTES_SHOWN + 1) {
        int more = notes.size() - NOTES_SHOWN;
        err.println(prefix + "... and " + Messages.count(more, "more") + " like these");
        break;
      }
      err.println(prefix + notes.get(i));
    }
  }

  /** Says so when several paths were given for one shard: they are read as one shard. */
  void noteSharedShards(PrintWriter err, String prefix) {
    List<ShardInput> shards = ShardInput.parseAll(reports);
    for (ShardInput s : shards) {
      if (s.paths().size() > 1) {
        err.println(
            prefix
                + "note: shard "
                + s.index()
                + " is given "
                + s.paths().size()
                + " times ("
                + String.join(", ", s.paths().stream().map(Path::toString).toList())
                + "): their reports are read as one shard");
      }
    }
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
