package dev.paralleltests.core.report;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A {@link RunSummary} as one self-contained HTML file that opens offline: inline CSS and SVG
 * charts, no network access, every value escaped. Shows the verdict and totals, a per-shard
 * timeline of planned and actual time with a link to each shard's output, the imbalance, failures
 * with their messages and output, flaky, skipped (with their reasons) and slowest tests, given
 * earlier builds trend charts, and given the tests a searchable, filterable list of every test.
 * That list is the only script: inline, allowed by its hash in the page's content policy, and it
 * reads the tests from an inline JSON block.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /**
   * What the report shows beyond the summary.
   *
   * @param trend the builds to chart, oldest first (add this run as the last point with {@code
   *     TrendPoint.of("this run", summary)} to show it too); no trend charts when empty
   * @param tests every test of the run, for the skipped section and the list of all tests; neither
   *     shows when empty
   * @param shardLogs per shard index, a link (relative to the report) to the shard's output
   */
  public record Details(
      List<TrendPoint> trend, List<TestEntry> tests, Map<Integer, String> shardLogs) {
    public Details {
      trend = List.copyOf(trend);
      tests = List.copyOf(tests);
      shardLogs = Map.copyOf(shardLogs);
    }

    /** Nothing beyond the summary. */
    public static Details none() {
      return new Details(List.of(), List.of(), Map.of());
    }

    public Details withTrend(List<TrendPoint> points) {
      return new Details(points, tests, shardLogs);
    }

    public Details withTests(List<TestEntry> all) {
      return new Details(trend, all, shardLogs);
    }

    public Details withShardLogs(Map<Integer, String> links) {
      return new Details(trend, tests, links);
    }
  }

  /** The report without trend charts or a list of tests. */
  public static String render(RunSummary summary) {
    return render(summary, Details.none());
  }

  /** The report with trend charts of {@code trend} (oldest first), see {@link Details#trend}. */
  public static String render(RunSummary s, List<TrendPoint> trend) {
    return render(s, Details.none().withTrend(trend));
  }

  /** The report with everything {@code details} adds. */
  public static String render(RunSummary s, Details details) {
    List<TrendPoint> trend = details.trend();
    boolean script = !details.tests().isEmpty();
    StringBuilder h = new StringBuilder(32 * 1024 + details.tests().size() * 48);
    String statusClass = "status-" + s.status().label();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; img-src data:"
                + (script ? "; script-src " + TestListHtml.scriptHash() : "")
                + "\">\n")
        .append("<title>Parallel tests: ")
        .append(Html.escape(Format.verdict(s)))
        .append("</title>\n<style>")
        .append(CSS)
        .append("</style>\n</head>\n<body>\n");

    h.append("<header class=\"verdict ")
        .append(statusClass)
        .append("\" id=\"verdict\" data-status=\"")
        .append(s.status().label())
        .append("\">\n<h1>")
        .append(Html.escape(Format.verdict(s)))
        .append("</h1>\n<p>")
        .append(Format.count(s.totals().tests()))
        .append(" tests in ")
        .append(s.shards().size())
        .append(s.shards().size() == 1 ? " shard" : " shards")
        .append("</p>\n</header>\n<main>\n");

    Totals t = s.totals();
    h.append("<section id=\"totals\" class=\"cards\">\n");
    card(h, "total-tests", "Tests", Format.count(t.tests()), "");
    card(h, "total-passed", "Passed", Format.count(t.passed()), "good");
    card(h, "total-failed", "Failed", Format.count(t.failed()), t.failed() > 0 ? "bad" : "");
    card(h, "total-errors", "Errors", Format.count(t.errors()), t.errors() > 0 ? "bad" : "");
    card(h, "total-skipped", "Skipped", Format.count(t.skipped()), "");
    card(h, "total-flaky", "Flaky", Format.count(t.flaky()), t.flaky() > 0 ? "warn" : "");
    h.append("</section>\n<section id=\"times\" class=\"cards\">\n");
    card(h, "wall-time", "Wall time (slowest shard)", Format.duration(s.wallMillis()), "");
    card(
        h,
        "machine-time",
        "Machine time (sum of shard times)",
        Format.duration(s.machineMillis()),
        "");
    card(
        h,
        "test-time",
        "Test time (sum of test times: the serial estimate)",
        Format.duration(s.testMillis()),
        "");
    if (s.overheadMillis() > 0) {
      card(
          h,
          "overhead",
          "Overhead (machine time \u2212 test time: start-up, builds)",
          Format.duration(s.overheadMillis()),
          "");
    }
    card(
        h,
        "speed-up",
        "Speed-up over serial, estimated (test time / wall time)",
        Format.ratio(s.speedUpOverSerial()),
        "");
    card(
        h,
        "imbalance",
        "Imbalance (slowest / lower bound " + Format.duration(s.lowerBoundMillis()) + ")",
        Format.ratio(s.imbalance()),
        s.imbalance() > 1.2 ? "warn" : "");
    if (s.estimatedUnits().isPresent()) {
      card(
          h,
          "estimated-units",
          "Units planned without history",
          Format.count(s.estimatedUnits().getAsInt()),
          "");
    }
    h.append("</section>\n");

    messages(h, "problems", "Problems: this run is incomplete", s.problemMessages(), "bad");
    messages(h, "missing-units", "Planned units never reported", missingUnits(s), "bad");

    boolean logs = !details.shardLogs().isEmpty();
    h.append("<section id=\"shards\">\n<h2>Shards: planned and actual time</h2>\n")
        .append("<div class=\"scroll\">")
        .append(SvgCharts.timeline(s.shards(), s.lowerBoundMillis()))
        .append(
            "</div>\n<div class=\"scroll\"><table class=\"data\">\n<thead><tr><th>Shard</th><th>Status</th>")
        .append("<th class=\"num\">Tests</th><th class=\"num\">Failed</th>")
        .append("<th class=\"num\">Flaky</th><th class=\"num\">Planned</th>")
        .append("<th class=\"num\">Actual</th><th class=\"num\">Actual / planned</th>")
        .append("<th class=\"num\">Attempts</th><th>Agent</th>")
        .append(logs ? "<th>Output</th>" : "")
        .append("</tr></thead>\n<tbody>\n");
    for (ShardSummary sh : s.shards()) {
      h.append("<tr data-shard=\"")
          .append(sh.index())
          .append("\"><td>")
          .append(sh.index())
          .append("</td><td><span class=\"badge shard-")
          .append(sh.status().label())
          .append("\">")
          .append(sh.status().label())
          .append("</span></td><td class=\"num tests\">")
          .append(Format.count(sh.totals().tests()))
          .append("</td><td class=\"num\">")
          .append(Format.count(sh.totals().broken()))
          .append("</td><td class=\"num\">")
          .append(Format.count(sh.totals().flaky()))
          .append("</td><td class=\"num\">")
          .append(optDuration(sh.plannedMillis()))
          .append("</td><td class=\"num actual\">")
          .append(optDuration(sh.actualMillis()))
          .append("</td><td class=\"num\">")
          .append(
              sh.actualOverPlanned().isPresent()
                  ? Format.ratio(sh.actualOverPlanned().getAsDouble())
                  : "\u2013")
          .append("</td><td class=\"num\">")
          .append(sh.attempts())
          .append("</td><td>")
          .append(Html.escape(sh.agent()))
          .append(sh.image().isEmpty() ? "" : " <code>" + Html.escape(sh.image()) + "</code>")
          .append("</td>");
      if (logs) {
        String log = details.shardLogs().get(sh.index());
        h.append("<td>")
            .append(
                log == null
                    ? "\u2013"
                    : "<a class=\"shard-log\" href=\""
                        + Html.escape(log)
                        + "\">"
                        + Html.escape(log.substring(log.lastIndexOf('/') + 1))
                        + "</a>")
            .append("</td>");
      }
      h.append("</tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");

    failures(h, "failures", "Failures", s.failures());
    failures(h, "flaky", "Flaky tests: failed, then passed on a later attempt", s.flakyTests());
    TestListHtml.skipped(h, details.tests(), details.shardLogs());
    timings(h, "slowest-tests", "Slowest tests", s.slowestTests());
    timings(h, "slowest-units", "Slowest units (test classes)", s.slowestUnits());
    trend(h, s, trend);
    messages(h, "warnings", "Warnings", s.warnings(), "warn");
    TestListHtml.allTests(h, details.tests(), details.shardLogs());

    h.append("</main>\n<footer>Generated by Parallel Tests. Wall time: the slowest shard.")
        .append(" Machine time: the shards' times added up (each shard's measured time, start-up")
        .append(" included, when the runner measured it; else its reports' time). Test time: the")
        .append(" reported test times added up, about what one serial run would take. Lower bound:")
        .append(" max(machine time / shards, longest unit).</footer>\n");
    if (script) {
      h.append("<script>").append(TestListHtml.script()).append("</script>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }

  private static void card(StringBuilder h, String id, String label, String value, String kind) {
    h.append("<div class=\"card ")
        .append(kind)
        .append("\"><div class=\"card-label\">")
        .append(Html.escape(label))
        .append("</div><div class=\"card-value\" id=\"")
        .append(id)
        .append("\">")
        .append(Html.escape(value))
        .append("</div></div>\n");
  }

  /** Every planned unit no report mentions, as "shard N: unit". */
  private static List<String> missingUnits(RunSummary s) {
    List<String> lines = new java.util.ArrayList<>();
    for (RunProblem p : s.problems()) {
      if (p.kind() == RunProblem.Kind.UNITS_MISSING) {
        p.units().forEach(u -> lines.add("shard " + p.shard() + ": " + u));
      }
    }
    return lines;
  }

  private static void messages(
      StringBuilder h, String id, String title, List<String> items, String kind) {
    if (items.isEmpty()) {
      return;
    }
    h.append("<section id=\"")
        .append(id)
        .append("\" class=\"notes ")
        .append(kind)
        .append("\">\n<h2>")
        .append(Html.escape(title))
        .append(" (")
        .append(items.size())
        .append(")</h2>\n<ul>\n");
    for (String item : items) {
      h.append("<li>").append(Html.escape(item)).append("</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  private static void failures(StringBuilder h, String id, String title, List<FailedTest> list) {
    if (list.isEmpty()) {
      return;
    }
    h.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(Html.escape(title))
        .append(" (")
        .append(list.size())
        .append(")</h2>\n");
    for (FailedTest f : list) {
      h.append("<details class=\"failure\"")
          .append(list.size() <= 10 ? " open" : "")
          .append(">\n<summary><code class=\"test-name\">")
          .append(Html.escape(f.displayName()))
          .append("</code> <span class=\"meta\">shard ")
          .append(f.shard())
          .append(", ")
          .append(f.attempts())
          .append(f.attempts() == 1 ? " run" : " runs")
          .append(f.error() ? ", error" : "")
          .append("</span></summary>\n");
      for (int i = 0; i < f.messages().size(); i++) {
        h.append("<p class=\"message\">");
        if (f.messages().size() > 1) {
          h.append("<span class=\"meta\">run ").append(i + 1).append(":</span> ");
        }
        String m = f.messages().get(i);
        h.append(Html.escape(m.isEmpty() ? "(no message)" : m)).append("</p>\n");
      }
      if (!f.details().isEmpty()) {
        h.append("<pre class=\"details\">").append(Html.escape(f.details())).append("</pre>\n");
      }
      String output = RunnerNoise.strip(f.output());
      if (!output.isEmpty()) {
        h.append("<div class=\"meta\">Output</div><pre class=\"output\">")
            .append(Html.escape(output))
            .append("</pre>\n");
      }
      h.append("</details>\n");
    }
    h.append("</section>\n");
  }

  private static void timings(StringBuilder h, String id, String title, List<TestTiming> list) {
    if (list.isEmpty()) {
      return;
    }
    long max = list.stream().mapToLong(TestTiming::millis).max().orElse(1);
    h.append("<section id=\"")
        .append(id)
        .append("\">\n<h2>")
        .append(Html.escape(title))
        .append("</h2>\n<div class=\"scroll\"><table class=\"data\">\n<thead><tr><th>Name</th>")
        .append("<th class=\"num\">Shard</th><th class=\"num\">Time</th><th class=\"bar-col\">")
        .append("</th></tr></thead>\n<tbody>\n");
    for (TestTiming t : list) {
      double pct = max == 0 ? 0 : 100.0 * t.millis() / max;
      h.append("<tr><td><code>")
          .append(Html.escape(t.displayName()))
          .append("</code></td><td class=\"num\">")
          .append(t.shard())
          .append("</td><td class=\"num\">")
          .append(Format.duration(t.millis()))
          .append("</td><td class=\"bar-col\"><div class=\"bar\" style=\"width:")
          .append(String.format(Locale.ROOT, "%.1f", pct))
          .append("%\"></div></td></tr>\n");
    }
    h.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void trend(StringBuilder h, RunSummary s, List<TrendPoint> trend) {
    if (trend.isEmpty()) {
      return;
    }
    List<TrendPoint> points = List.copyOf(trend);
    List<String> labels = points.stream().map(TrendPoint::label).toList();
    int n = points.size();
    double[] wall = new double[n];
    double[] machine = new double[n];
    double[] imbalance = new double[n];
    double[] tests = new double[n];
    for (int i = 0; i < n; i++) {
      TrendPoint p = points.get(i);
      // a build that did not record a time is a gap, not a fall to zero
      wall[i] = p.wallMillis() < 0 ? Double.NaN : p.wallMillis();
      machine[i] = p.testMillis() < 0 ? Double.NaN : p.testMillis();
      imbalance[i] = p.imbalance();
      tests[i] = p.tests();
    }
    h.append("<section id=\"trend\">\n<h2>Trend over the last ")
        .append(n)
        .append(" builds</h2>\n<div class=\"trend-grid\">\n")
        .append(
            SvgCharts.lineChart(
                "trend-wall",
                "Wall time (slowest shard)",
                labels,
                wall,
                true,
                v -> Format.shortDuration(Math.round(v))))
        .append(
            SvgCharts.lineChart(
                "trend-test-time",
                "Test time (sum of test times)",
                labels,
                machine,
                true,
                v -> Format.shortDuration(Math.round(v))))
        .append(
            SvgCharts.lineChart(
                "trend-imbalance",
                "Imbalance (slowest shard / lower bound)",
                labels,
                imbalance,
                false,
                Format::ratio))
        .append(
            SvgCharts.lineChart(
                "trend-tests", "Tests", labels, tests, false, v -> Format.count(Math.round(v))))
        .append("</div>\n</section>\n");
  }

  private static String optDuration(java.util.OptionalLong millis) {
    return millis.isPresent() ? Format.duration(millis.getAsLong()) : "\u2013";
  }

  private static final String CSS =
      """
      :root{--fg:#1f2328;--muted:#59636e;--line:#d1d9e0;--bg:#f6f8fa;--good:#2e7d32;\
      --bad:#c62828;--warn:#e65100}
      *{box-sizing:border-box}
      body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",\
      sans-serif;color:var(--fg);background:#fff}
      main{max-width:1100px;margin:0 auto;padding:8px 24px 24px}
      .verdict{padding:18px 24px;color:#fff}
      .verdict h1{margin:0;font-size:24px}.verdict p{margin:4px 0 0;opacity:.9}
      .status-passed{background:var(--good)}.status-failed{background:var(--bad)}
      .status-error{background:var(--warn)}
      h2{font-size:17px;margin:26px 0 10px;border-bottom:1px solid var(--line);\
      padding-bottom:4px}
      .cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:10px;\
      margin-top:14px}
      .card{border:1px solid var(--line);border-radius:6px;padding:10px 12px;background:var(--bg)}
      .card-label{color:var(--muted);font-size:12px}
      .card-value{font-size:22px;font-weight:600;font-variant-numeric:tabular-nums}
      .card.good .card-value{color:var(--good)}.card.bad .card-value{color:var(--bad)}
      .card.warn .card-value{color:var(--warn)}
      .notes ul{margin:0;padding-left:20px}.notes.bad li{color:var(--bad)}
      .notes.warn li{color:#8a4b00}
      table.data{border-collapse:collapse;width:100%;margin-top:8px}
      table.data th,table.data td{border-bottom:1px solid var(--line);padding:5px 8px;\
      text-align:left;vertical-align:top}
      table.data th{background:var(--bg);font-weight:600}
      .num{text-align:right!important;font-variant-numeric:tabular-nums;white-space:nowrap}
      .badge{display:inline-block;padding:0 8px;border-radius:10px;font-size:12px;color:#fff;\
      background:var(--warn)}
      .shard-passed{background:var(--good)}.shard-failed{background:var(--bad)}
      code{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12.5px;\
      word-break:break-all}
      details.failure{border:1px solid var(--line);border-left:4px solid var(--bad);\
      border-radius:4px;margin:8px 0;padding:6px 10px}
      #flaky details.failure{border-left-color:var(--warn)}
      summary{cursor:pointer}.meta{color:var(--muted);font-size:12px}
      .message{margin:6px 0;white-space:pre-wrap;word-break:break-word}
      pre{background:var(--bg);border:1px solid var(--line);padding:8px;overflow:auto;\
      max-height:320px;font-size:12px;white-space:pre-wrap;word-break:break-word}
      .bar-col{width:32%}.bar{height:10px;background:#5b8def;border-radius:2px}
      svg.chart{width:100%;height:auto;display:block;margin-top:6px}
      svg .grid{stroke:#e3e8ee;stroke-width:1}svg .axis{stroke:#59636e;stroke-width:1}
      svg text{font:12px system-ui,"DejaVu Sans",sans-serif;fill:#1f2328}
      svg .tick{fill:#59636e;font-size:11px}svg .axis-title{fill:#59636e}
      svg .label{font-weight:600}svg .broken{fill:#e65100}
      svg .value,svg .bound-label{font-size:12px;paint-order:stroke;stroke:#fff;stroke-width:4px;\
      stroke-linejoin:round}
      svg .bound{stroke:#6a1b9a;stroke-width:1.5;stroke-dasharray:5 4}
      svg .bound-label{fill:#6a1b9a;font-size:11px}
      svg .chart-title{font-weight:600}
      svg .line{fill:none;stroke:#1565c0;stroke-width:2}svg .dot{fill:#1565c0}
      .trend-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(420px,100%),1fr));\
      gap:12px}
      .scroll{overflow-x:auto;max-width:100%}
      #timeline-chart{min-width:560px}
      .test-passed{background:var(--good)}.test-failed,.test-error{background:var(--bad)}
      .test-skipped{background:var(--muted)}.test-flaky{background:var(--warn)}
      .filters{display:flex;flex-wrap:wrap;gap:8px;margin:8px 0}
      .filters input{flex:1 1 220px;min-width:0;font:inherit;padding:5px 8px;\
      border:1px solid var(--line);border-radius:4px}
      .filters select,#test-more{font:inherit;padding:4px 6px;border:1px solid var(--line);\
      border-radius:4px;background:#fff}
      #test-more{margin-top:8px;cursor:pointer}
      #test-table td.message{color:var(--muted);word-break:break-word;max-width:40em}
      #skip-reasons ul{margin:6px 0;padding-left:20px}.reason{white-space:pre-wrap}
      @media (max-width:600px){main{padding:4px 10px 16px}.verdict{padding:14px 12px}\
      .verdict h1{font-size:20px}.cards{grid-template-columns:repeat(2,minmax(0,1fr))}\
      .card-value{font-size:18px}footer{padding:12px 10px 24px}.bar-col{display:none}\
      table.data th,table.data td{padding:4px 5px}}
      footer{max-width:1100px;margin:0 auto;padding:12px 24px 30px;color:var(--muted);\
      font-size:12px}
      """;
}
