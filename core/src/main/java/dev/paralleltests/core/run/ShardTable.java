package dev.paralleltests.core.run;

import dev.paralleltests.core.report.Durations;
import dev.paralleltests.core.report.FailedTest;
import dev.paralleltests.core.report.RunProblem;
import dev.paralleltests.core.report.RunSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The end-of-run account for people: a table of shards, then each failed test with its shard and
 * message (as {@code merge} lists them), and the log's last lines only for a shard that broke
 * without a failed test to name (it crashed, timed out or wrote no report).
 */
public final class ShardTable {

  /** How many log lines of a shard that broke without a failed test are shown. */
  public static final int TAIL_LINES = 20;

  /** How many failed tests are named; the reports hold them all. */
  public static final int FAILURES_SHOWN = 20;

  /** How much of a failure's message is shown: its first line, at most this many characters. */
  static final int MESSAGE_CHARS = 200;

  private ShardTable() {}

  /** The table: planned vs actual time, units, tests, failures and status per shard. */
  public static String table(RunResult result) {
    return table(result, result.passed() ? "passed" : "FAILED", List.of());
  }

  /**
   * The table, its last row showing {@code overall}: the run's status as the caller judged it (the
   * merge can find more than the shards' exit statuses), so that the table and the last line agree.
   * A catch-all shard's units carry a {@code +}, which a legend under the table explains. A shard
   * whose reports do not mention all its planned units says how many are missing, and the units are
   * named below the table.
   *
   * @param problems the merged run's problems ({@link RunSummary#problems()}); empty when none
   */
  public static String table(RunResult result, String overall, List<RunProblem> problems) {
    return table(result, overall, problems, List.of());
  }

  /**
   * The table of a queue-mode run: as {@link #table(RunResult, String, List)}, with the queue's
   * problems (units that never ran, {@code QueueVerdict}) said as such in their shard's status, not
   * as units its reports failed to mention. Those among {@code problems} are listed once below.
   *
   * @param queueProblems the queue's problems; listed below the table also when {@code problems}
   *     (no merged report) does not hold them
   */
  public static String table(
      RunResult result, String overall, List<RunProblem> problems, List<RunProblem> queueProblems) {
    Map<Integer, RunProblem> missing = new HashMap<>();
    Map<Integer, Integer> neverRan = new HashMap<>();
    for (RunProblem p : problems) {
      if (p.kind() == RunProblem.Kind.UNITS_MISSING && !queueProblems.contains(p)) {
        missing.put(p.shard(), p);
      }
    }
    for (RunProblem p : queueProblems) {
      neverRan.merge(p.shard(), p.units().size(), Integer::sum);
    }
    List<RunProblem> listed = new ArrayList<>(problems);
    queueProblems.stream().filter(p -> !problems.contains(p)).forEach(listed::add);
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"shard", "units", "planned", "actual", "tests", "failed", "status"});
    for (ShardResult s : result.shards()) {
      String units = s.work().units().size() + (s.work().catchAll() ? "+" : "");
      String status = s.status().label();
      if (s.status() == ShardStatus.FAILED && s.exitCode() > 0 && s.count().failed() == 0) {
        status += " (exit " + s.exitCode() + ")";
      }
      RunProblem lost = missing.get(s.index());
      if (lost != null) {
        int n = lost.units().size();
        status += ", " + n + (n == 1 ? " planned unit" : " planned units") + " never reported";
      }
      int lostUnits = neverRan.getOrDefault(s.index(), 0);
      if (lostUnits > 0) {
        status += ", " + lostUnits + (lostUnits == 1 ? " unit" : " units") + " never ran";
      }
      if (!s.message().isEmpty()) {
        status += ": " + s.message();
      }
      rows.add(
          new String[] {
            Integer.toString(s.index()),
            units,
            Durations.format(s.work().predictedMillis()),
            Durations.format(s.elapsedMillis()),
            Integer.toString(s.count().tests()),
            Integer.toString(s.count().failed()),
            status
          });
    }
    TestCount total = result.total();
    rows.add(
        new String[] {
          "all",
          Integer.toString(result.shards().stream().mapToInt(s -> s.work().units().size()).sum()),
          "",
          Durations.format(result.wallMillis()),
          Integer.toString(total.tests()),
          Integer.toString(total.failed()),
          overall
        });
    StringBuilder b = new StringBuilder(render(rows));
    if (result.shards().stream().anyMatch(s -> s.work().catchAll())) {
      b.append(
              "units: N+ is the catch-all shard: its N units, plus every test that no other shard"
                  + " selects (tests the plan does not know)")
          .append(System.lineSeparator());
    }
    for (RunProblem p : listed) {
      if (p.kind() == RunProblem.Kind.UNITS_MISSING) {
        b.append(p.message()).append(System.lineSeparator());
      }
    }
    return b.toString();
  }

  /**
   * What went wrong, for people: each failed test ({@code FAILED name (shard N): message}, the
   * first {@value #FAILURES_SHOWN}), then, for each shard that did not pass for another reason than
   * the failed tests named (a crash, a timeout, no report), its log's last lines. Empty for a green
   * run.
   */
  public static String failures(RunOutputs outputs) {
    StringBuilder b = new StringBuilder();
    Set<Integer> named = new HashSet<>();
    if (outputs.merged().isPresent()) {
      List<FailedTest> failures = outputs.merged().get().summary().failures();
      failures.forEach(f -> named.add(f.shard()));
      for (FailedTest f : failures.subList(0, Math.min(failures.size(), FAILURES_SHOWN))) {
        b.append("  FAILED ")
            .append(f.displayName())
            .append(" (shard ")
            .append(f.shard())
            .append(")");
        String message = firstLine(f.message());
        if (!message.isEmpty()) {
          b.append(": ").append(message);
        }
        b.append(System.lineSeparator());
      }
      if (failures.size() > FAILURES_SHOWN) {
        b.append("  ... and ")
            .append(failures.size() - FAILURES_SHOWN)
            .append(" more (the HTML report lists them all)")
            .append(System.lineSeparator());
      }
    }
    List<ShardResult> unexplained =
        outputs.run().shards().stream()
            .filter(
                s ->
                    s.status() != ShardStatus.PASSED
                        && !(s.status() == ShardStatus.FAILED && named.contains(s.index())))
            .toList();
    if (!unexplained.isEmpty()) {
      if (b.length() > 0) {
        b.append(System.lineSeparator());
      }
      b.append(tails(unexplained));
    }
    return b.toString();
  }

  private static String firstLine(String message) {
    String line = message.strip().lines().findFirst().orElse("");
    return line.length() <= MESSAGE_CHARS ? line : line.substring(0, MESSAGE_CHARS) + "\u2026";
  }

  /** For each shard: a heading and the last lines of its log. */
  private static String tails(List<ShardResult> shards) {
    StringBuilder b = new StringBuilder();
    for (ShardResult s : shards) {
      b.append(
          String.format(
              Locale.ROOT,
              "--- shard %d %s: last %d lines of %s%n",
              s.index(),
              s.status().label(),
              TAIL_LINES,
              s.work().logFile()));
      for (String line : LogTail.last(s.work().logFile(), TAIL_LINES)) {
        b.append("  ").append(line).append(System.lineSeparator());
      }
    }
    return b.toString();
  }

  private static String render(List<String[]> rows) {
    int columns = rows.get(0).length;
    int[] width = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        width[c] = Math.max(width[c], row[c].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < columns; c++) {
        boolean last = c == columns - 1;
        // Numbers right-aligned, words left-aligned; the last column is not padded.
        String cell = row[c];
        if (last) {
          line.append(cell);
        } else if (c == 0) {
          line.append(String.format("%-" + width[c] + "s  ", cell));
        } else {
          line.append(String.format("%" + width[c] + "s  ", cell));
        }
      }
      b.append(line.toString().stripTrailing()).append(System.lineSeparator());
    }
    return b.toString();
  }
}
