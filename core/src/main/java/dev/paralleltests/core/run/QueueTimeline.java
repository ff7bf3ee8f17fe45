package dev.paralleltests.core.run;

import dev.paralleltests.core.report.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Queue mode for people: per shard, its batches on a time line (when each was claimed, how long it
 * ran) and the idle time at the end of the shard; as a text table for the terminal and as a section
 * of the HTML report.
 */
public final class QueueTimeline {

  private static final int WIDTH = 720;
  private static final int ROW = 22;
  private static final int LABEL = 70;

  private QueueTimeline() {}

  /** One line per batch, then per shard: batches, busy time, overhead, idle time at the end. */
  public static String table(QueueOutcome outcome) {
    StringBuilder b = new StringBuilder();
    b.append(
        String.format(
            Locale.ROOT,
            "%-5s  %5s  %5s  %7s  %9s  %8s  %8s  %5s  %6s  %s%n",
            "batch",
            "shard",
            "units",
            "attempt",
            "claimed",
            "ran",
            "overhead",
            "tests",
            "failed",
            "status"));
    for (BatchRun r : outcome.batches()) {
      b.append(
          String.format(
              Locale.ROOT,
              "%-5d  %5d  %5s  %7d  %9s  %8s  %8s  %5d  %6d  %s%n",
              r.batch().id(),
              r.batch().shard(),
              r.batch().catchAll() ? "rest" : Integer.toString(r.batch().units().size()),
              r.batch().attempt(),
              "+" + Durations.format(r.startMillis()),
              Durations.format(r.wallMillis()),
              Durations.format(r.overheadMillis()),
              r.count().tests(),
              r.count().failed(),
              r.lost() ? "LOST: " + r.detail() : r.status().label()));
    }
    b.append(System.lineSeparator());
    b.append(
        String.format(
            Locale.ROOT,
            "%-5s  %7s  %8s  %8s  %12s%n",
            "shard",
            "batches",
            "busy",
            "overhead",
            "idle at end"));
    for (int shard : outcome.idleAtEndMillis().keySet().stream().sorted().toList()) {
      List<BatchRun> mine = outcome.batchesOf(shard);
      long busy = mine.stream().mapToLong(BatchRun::wallMillis).sum();
      long overhead = mine.stream().mapToLong(BatchRun::overheadMillis).sum();
      b.append(
          String.format(
              Locale.ROOT,
              "%-5d  %7d  %8s  %8s  %12s%n",
              shard,
              mine.size(),
              Durations.format(busy),
              Durations.format(overhead),
              Durations.format(outcome.idleAtEndMillis().get(shard))));
    }
    return b.toString();
  }

  /** The HTML section: an SVG time line per shard and a table of the batches. */
  public static String section(QueueOutcome outcome) {
    List<Integer> shards = outcome.idleAtEndMillis().keySet().stream().sorted().toList();
    double span = Math.max(1, outcome.wallMillis());
    double scale = (WIDTH - LABEL - 10) / span;
    int height = ROW * shards.size() + 24;
    StringBuilder h = new StringBuilder();
    h.append("<section id=\"queue\">\n<h2>Queue: batches per shard</h2>\n")
        .append("<p>Each bar is one batch, from its start to its end; the grey bar is the time")
        .append(" the shard stood idle at the end of the run. Hover for details.</p>\n");
    h.append(
        String.format(
            Locale.ROOT,
            "<svg class=\"queue-timeline\" role=\"img\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\""
                + " aria-label=\"batches per shard over time\">%n",
            WIDTH,
            height,
            WIDTH,
            height));
    for (int i = 0; i < shards.size(); i++) {
      int shard = shards.get(i);
      int y = i * ROW + 4;
      h.append(
          String.format(
              Locale.ROOT,
              "<text x=\"0\" y=\"%d\" font-size=\"12\">shard %d</text>%n",
              y + 13,
              shard));
      for (BatchRun r : outcome.batchesOf(shard)) {
        double x = LABEL + r.startMillis() * scale;
        double w = Math.max(1, r.wallMillis() * scale);
        String fill =
            r.lost()
                ? "#b71c1c"
                : r.status() == ShardStatus.PASSED
                    ? (r.batch().attempt() == 2 ? "#ef6c00" : "#2e7d32")
                    : "#c62828";
        h.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"batch\" data-batch=\"%d\" x=\"%.1f\" y=\"%d\" width=\"%.1f\""
                    + " height=\"16\" fill=\"%s\" stroke=\"#fff\"><title>%s</title></rect>%n",
                r.batch().id(),
                x,
                y,
                w,
                fill,
                escape(tooltip(r))));
      }
      long idle = outcome.idleAtEndMillis().get(shard);
      if (idle > 0) {
        double x = LABEL + (outcome.wallMillis() - idle) * scale;
        h.append(
            String.format(
                Locale.ROOT,
                "<rect class=\"idle\" data-shard=\"%d\" x=\"%.1f\" y=\"%d\" width=\"%.1f\""
                    + " height=\"16\" fill=\"#bdbdbd\"><title>shard %d idle at the end: %s</title>"
                    + "</rect>%n",
                shard,
                x,
                y,
                Math.max(1, idle * scale),
                shard,
                Durations.format(idle)));
      }
    }
    h.append(
        String.format(
            Locale.ROOT,
            "<text x=\"%d\" y=\"%d\" font-size=\"11\">0</text><text x=\"%d\" y=\"%d\""
                + " font-size=\"11\" text-anchor=\"end\">%s</text>%n",
            LABEL,
            height - 4,
            WIDTH - 10,
            height - 4,
            Durations.format(outcome.wallMillis())));
    h.append("</svg>\n");
    h.append("<table id=\"queue-shards\">\n<thead><tr><th>shard</th><th>batches</th>")
        .append(
            "<th>busy</th><th>runner overhead</th><th>idle at end</th></tr></thead>\n<tbody>\n");
    for (int shard : shards) {
      List<BatchRun> mine = outcome.batchesOf(shard);
      h.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%d</td><td>%d</td><td>%s</td><td>%s</td><td>%s</td></tr>%n",
              shard,
              mine.size(),
              Durations.format(mine.stream().mapToLong(BatchRun::wallMillis).sum()),
              Durations.format(mine.stream().mapToLong(BatchRun::overheadMillis).sum()),
              Durations.format(outcome.idleAtEndMillis().get(shard))));
    }
    h.append("</tbody>\n</table>\n");
    h.append("<table id=\"queue-batches\">\n<thead><tr><th>batch</th><th>shard</th>")
        .append("<th>units</th><th>attempt</th><th>claimed</th><th>ran</th><th>tests</th>")
        .append("<th>failed</th><th>status</th></tr></thead>\n<tbody>\n");
    for (BatchRun r : outcome.batches()) {
      h.append(
          String.format(
              Locale.ROOT,
              "<tr><td>%d</td><td>%d</td><td>%s</td><td>%d</td><td>+%s</td><td>%s</td>"
                  + "<td>%d</td><td>%d</td><td>%s</td></tr>%n",
              r.batch().id(),
              r.batch().shard(),
              r.batch().catchAll()
                  ? "the rest (catch-all)"
                  : Integer.toString(r.batch().units().size()),
              r.batch().attempt(),
              Durations.format(r.startMillis()),
              Durations.format(r.wallMillis()),
              r.count().tests(),
              r.count().failed(),
              escape(r.lost() ? "lost: " + r.detail() : r.status().label())));
    }
    h.append("</tbody>\n</table>\n");
    // What never ran is among the page's problems (the queue's verdict); here, why the queue
    // stopped and which lost batches ran again elsewhere.
    List<String> problems = new ArrayList<>();
    outcome.stopReason().ifPresent(r -> problems.add("The queue stopped: " + r));
    for (String p : problems) {
      h.append("<p class=\"warn\">").append(escape(p)).append("</p>\n");
    }
    for (String note : outcome.verdict().notes()) {
      h.append("<p class=\"note\">").append(escape(note)).append("</p>\n");
    }
    h.append("</section>\n");
    return h.toString();
  }

  /** The report page with the queue's section added before the end of its main part. */
  static String insertInto(String page, QueueOutcome outcome) {
    String section = section(outcome);
    int at = page.lastIndexOf("</main>");
    if (at < 0) {
      at = page.lastIndexOf("</body>");
    }
    if (at < 0) {
      return page + section;
    }
    return page.substring(0, at) + section + page.substring(at);
  }

  private static String tooltip(BatchRun r) {
    return "batch "
        + r.batch().id()
        + (r.batch().catchAll()
            ? ", the rest (catch-all)"
            : ", "
                + r.batch().units().size()
                + (r.batch().units().size() == 1 ? " unit" : " units"))
        + (r.batch().attempt() == 2 ? ", second attempt" : "")
        + ": claimed at +"
        + Durations.format(r.startMillis())
        + ", ran "
        + Durations.format(r.wallMillis())
        + ", "
        + r.count().tests()
        + (r.count().tests() == 1 ? " test, " : " tests, ")
        + (r.lost() ? "lost: " + r.detail() : r.status().label());
  }

  private static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
