package dev.paralleltests.core.run;

import dev.paralleltests.core.report.RunProblem;
import dev.paralleltests.core.report.RunSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The end-of-run account for people: a table of shards, then the tail of each failed shard's log.
 */
public final class ShardTable {

  /** How many log lines of a failed shard are shown. */
  public static final int TAIL_LINES = 20;

  private ShardTable() {}

  /** The table: planned vs actual time, units, tests, failures and status per shard. */
  public static String table(RunResult result) {
    return table(result, List.of());
  }

  /**
   * The table, with what the merge found: a shard whose reports do not mention all its planned
   * units says how many are missing, and the units are named below the table.
   *
   * @param problems the merged run's problems ({@link RunSummary#problems()}); empty when none
   */
  public static String table(RunResult result, List<RunProblem> problems) {
    Map<Integer, RunProblem> missing = new HashMap<>();
    for (RunProblem p : problems) {
      if (p.kind() == RunProblem.Kind.UNITS_MISSING) {
        missing.put(p.shard(), p);
      }
    }
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
        status += ", " + lost.units().size() + " planned units never reported";
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
          result.passed() && missing.isEmpty() ? "passed" : "FAILED"
        });
    StringBuilder b = new StringBuilder(render(rows));
    for (RunProblem p : problems) {
      if (p.kind() == RunProblem.Kind.UNITS_MISSING) {
        b.append(p.message()).append(System.lineSeparator());
      }
    }
    return b.toString();
  }

  /** For every shard that did not pass: a heading and the last lines of its log. */
  public static String failedTails(RunResult result) {
    StringBuilder b = new StringBuilder();
    for (ShardResult s : result.shards()) {
      if (s.status() == ShardStatus.PASSED) {
        continue;
      }
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
