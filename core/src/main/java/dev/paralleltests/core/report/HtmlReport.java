package dev.paralleltests.core.report;

import java.util.List;
import java.util.Locale;

/**
 * A {@link RunSummary} as one self-contained HTML file: inline CSS and SVG charts, no script and no
 * network access, every value escaped. Shows the verdict and totals, a per-shard timeline of
 * planned and actual time, the imbalance, failures with their messages and output, flaky and
 * slowest tests, and, given earlier builds, trend charts.
 */
public final class HtmlReport {

  private HtmlReport() {}

  /** The report without trend charts. */
  public static String render(RunSummary summary) {
    return render(summary, List.of());
  }

  /**
   * The report; {@code trend} holds the builds to chart, oldest first (add this run as the last
   * point with {@code TrendPoint.of("this run", summary)} to show it too). No trend charts when it
   * is empty.
   */
  public static String render(RunSummary s, List<TrendPoint> trend) {
    StringBuilder h = new StringBuilder(32 * 1024);
    String statusClass = "status-" + s.status().label();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
                + " style-src 'unsafe-inline'; img-src data:\">\n")
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
    card(h, "machine-time", "Machine time (all shards)", Format.duration(s.machineMillis()), "");
    card(h, "speed-up", "Speed-up", Format.ratio(s.speedUp()), "");
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

    h.append("<section id=\"shards\">\n<h2>Shards: planned and actual time</h2>\n")
        .append(SvgCharts.timeline(s.shards(), s.lowerBoundMillis()))
        .append("\n<table class=\"data\">\n<thead><tr><th>Shard</th><th>Status</th>")
        .append("<th class=\"num\">Tests</th><th class=\"num\">Failed</th>")
        .append("<th class=\"num\">Flaky</th><th class=\"num\">Planned</th>")
        .append("<th class=\"num\">Actual</th><th class=\"num\">Actual / planned</th>")
        .append("<th class=\"num\">Attempts</th><th>Agent</th></tr></thead>\n<tbody>\n");
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
          .append("</td></tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");

    failures(h, "failures", "Failures", s.failures());
    failures(h, "flaky", "Flaky tests: failed, then passed on a later attempt", s.flakyTests());
    timings(h, "slowest-tests", "Slowest tests", s.slowestTests());
    timings(h, "slowest-units", "Slowest units (test classes)", s.slowestUnits());
    trend(h, s, trend);
    messages(h, "warnings", "Warnings", s.warnings(), "warn");

    h.append("</main>\n<footer>Generated by Parallel Tests. Times: wall = slowest shard,")
        .append(" machine = sum over shards, lower bound = max(machine time / shards, longest")
        .append(" unit).</footer>\n</body>\n</html>\n");
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
      if (!f.output().isEmpty()) {
        h.append("<div class=\"meta\">Output</div><pre class=\"output\">")
            .append(Html.escape(f.output()))
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
        .append("</h2>\n<table class=\"data\">\n<thead><tr><th>Name</th>")
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
    h.append("</tbody>\n</table>\n</section>\n");
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
      wall[i] = p.wallMillis();
      machine[i] = p.machineMillis();
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
                "trend-machine",
                "Machine time (sum of shards)",
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
      .trend-grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:12px}
      footer{max-width:1100px;margin:0 auto;padding:12px 24px 30px;color:var(--muted);\
      font-size:12px}
      """;
}
