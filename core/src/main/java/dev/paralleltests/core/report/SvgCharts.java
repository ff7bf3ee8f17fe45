package dev.paralleltests.core.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Inline SVG charts with axes, ticks and labels, drawn from the summary's numbers alone (no script,
 * no network), so the HTML report opens anywhere and passes a strict content policy.
 */
final class SvgCharts {
  static final String PLANNED = "#9fb3c8";
  static final String PASSED = "#2e7d32";
  static final String FAILED = "#c62828";
  static final String BROKEN = "#e65100";

  private SvgCharts() {}

  /** Per-shard timeline: a thin planned bar over a thick actual bar, on a shared time axis. */
  static String timeline(List<ShardSummary> shards, long lowerBoundMillis) {
    int left = 110;
    int right = 30;
    int width = 900;
    int row = 38;
    int top = 48;
    int plotWidth = width - left - right;
    int height = top + Math.max(1, shards.size()) * row + 46;
    long max = lowerBoundMillis;
    for (ShardSummary s : shards) {
      max = Math.max(max, s.plannedMillis().orElse(0));
      max = Math.max(max, s.actualMillis().orElse(0));
    }
    Axis axis = Axis.ofTime(max);
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg class=\"chart\" id=\"timeline-chart\" viewBox=\"0 0 %d %d\" role=\"img\""
                    + " aria-labelledby=\"timeline-title\">",
                width,
                height))
        .append("<title id=\"timeline-title\">Planned and actual time per shard</title>");
    // legend
    svg.append(legendBox(left, 8, PLANNED, "planned"))
        .append(legendBox(left + 110, 8, PASSED, "actual (passed)"))
        .append(legendBox(left + 260, 8, FAILED, "actual (failed)"))
        .append(legendBox(left + 400, 8, BROKEN, "missing / incomplete"));
    int plotBottom = top + shards.size() * row;
    // grid and x axis
    for (double tick : axis.ticks()) {
      double x = left + plotWidth * tick / axis.max();
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"grid\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"middle\">%s</text>",
              x,
              top - 4,
              x,
              plotBottom,
              x,
              plotBottom + 16,
              Html.escape(
                  axis.label(
                      tick, (java.util.function.LongFunction<String>) Format::shortDuration))));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>"
                + "<text x=\"%d\" y=\"%d\" class=\"axis-title\" text-anchor=\"middle\">time"
                + "</text>",
            left,
            plotBottom,
            left + plotWidth,
            plotBottom,
            left,
            top - 4,
            left,
            plotBottom,
            left + plotWidth / 2,
            plotBottom + 38));
    // the bound goes under the bars and labels, so their text stays readable
    double boundX = -1;
    if (lowerBoundMillis > 0) {
      boundX = left + plotWidth * lowerBoundMillis / axis.max();
      String label = "lower bound " + Format.duration(lowerBoundMillis);
      // centred on its line, unless that would cut it at either edge of the chart
      double half = textWidth(label, 11) / 2;
      String anchor = "middle";
      double at = boundX;
      if (boundX + half > width - EDGE) {
        anchor = "end";
        at = width - EDGE;
      } else if (boundX - half < EDGE) {
        anchor = "start";
        at = EDGE;
      }
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" class=\"bound\"/>"
                  + "<text x=\"%.1f\" y=\"%d\" class=\"bound-label\" text-anchor=\"%s\">"
                  + "%s</text>",
              boundX,
              top - 2,
              boundX,
              plotBottom,
              at,
              top - 10,
              anchor,
              Html.escape(label)));
    }
    for (int i = 0; i < shards.size(); i++) {
      ShardSummary s = shards.get(i);
      int y = top + i * row;
      svg.append(
          String.format(
              Locale.ROOT,
              "<text x=\"%d\" y=\"%d\" class=\"label\" text-anchor=\"end\">Shard %d</text>",
              left - 10,
              y + 23,
              s.index()));
      if (s.plannedMillis().isPresent()) {
        double w = plotWidth * s.plannedMillis().getAsLong() / axis.max();
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"9\" fill=\"%s\">"
                    + "<title>shard %d planned: %s</title></rect>",
                left,
                y + 5,
                w,
                PLANNED,
                s.index(),
                Format.duration(s.plannedMillis().getAsLong())));
      }
      String color =
          s.status().isBroken() ? BROKEN : s.status() == ShardStatus.FAILED ? FAILED : PASSED;
      if (s.actualMillis().isPresent()) {
        long actual = s.actualMillis().getAsLong();
        double w = plotWidth * actual / axis.max();
        double marksEnd =
            left + plotWidth * Math.max(actual, s.plannedMillis().orElse(0)) / axis.max();
        String label =
            Format.duration(actual)
                + (s.status() == ShardStatus.PASSED ? "" : " \u2014 " + s.status().label());
        double[] place = placeLabel(textWidth(label, 12), marksEnd, left + w, boundX, left, width);
        svg.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"%s\">"
                    + "<title>shard %d actual: %s (%s)</title></rect>"
                    + "<text x=\"%.1f\" y=\"%d\" class=\"value\" text-anchor=\"%s\">%s</text>",
                left,
                y + 15,
                w,
                color,
                s.index(),
                Format.duration(actual),
                s.status().label(),
                place[0],
                y + 28,
                place[1] == 0 ? "start" : "end",
                Html.escape(label)));
      } else {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"%d\" class=\"value broken\">%s: no results</text>",
                left + 6,
                y + 28,
                s.status().label()));
      }
    }
    return svg.append("</svg>").toString();
  }

  /** Space kept free at the chart's edges. */
  private static final int EDGE = 4;

  /** Space kept between a label and the bound line or a bar's end. */
  private static final int GAP = 6;

  /**
   * An estimate of a label's width: the widest common sans-serif digits are 0.64 em, letters less,
   * so 0.62 em per character errs towards too wide, which only moves a label further away.
   */
  static double textWidth(String text, int fontPx) {
    return text.length() * fontPx * 0.62;
  }

  /**
   * Where a bar's label goes: {x, 0} for a label starting at x, {x, 1} for one ending at x. The
   * first place that neither crosses the lower-bound line nor leaves the chart wins: after the bar
   * and its planned mark, after the bound line, inside the bar's end, before the bound line; else
   * against the right edge.
   */
  static double[] placeLabel(
      double textWidth, double marksEnd, double barEnd, double boundX, int left, int width) {
    double[][] candidates = {
      {marksEnd + GAP, 0},
      {boundX + GAP, 0},
      {barEnd - GAP, 1},
      {boundX - GAP, 1},
    };
    for (double[] c : candidates) {
      if (c[0] < 0 || (c[1] == 0 && boundX < 0 && c != candidates[0])) {
        continue;
      }
      double from = c[1] == 0 ? c[0] : c[0] - textWidth;
      double to = from + textWidth;
      boolean inside = from >= left + 2 && to <= width - EDGE;
      boolean crosses = boundX >= 0 && from - 2 <= boundX && boundX <= to + 2;
      if (inside && !crosses) {
        return c;
      }
    }
    return new double[] {width - EDGE, 1};
  }

  private static String legendBox(int x, int y, String color, String label) {
    return String.format(
        Locale.ROOT,
        "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/>"
            + "<text x=\"%d\" y=\"%d\" class=\"legend\">%s</text>",
        x,
        y,
        color,
        x + 17,
        y + 10,
        Html.escape(label));
  }

  /**
   * A line chart of one value over builds: y axis from zero with ticks, x axis with build labels
   * (thinned so they never overlap), a dot per build with its value as tooltip.
   */
  static String lineChart(
      String id,
      String title,
      List<String> labels,
      double[] values,
      boolean timeAxis,
      DoubleFunction<String> fmt) {
    int width = 440;
    int height = 230;
    int left = 70;
    int right = 20;
    int top = 30;
    int bottom = 50;
    int plotW = width - left - right;
    int plotH = height - top - bottom;
    double max = 0;
    for (double v : values) {
      if (!Double.isNaN(v)) {
        max = Math.max(max, v);
      }
    }
    Axis axis = timeAxis ? Axis.ofTime(Math.round(max)) : Axis.ofDouble(max);
    StringBuilder svg = new StringBuilder();
    svg.append(
            String.format(
                Locale.ROOT,
                "<svg class=\"chart trend\" id=\"%s\" viewBox=\"0 0 %d %d\" role=\"img\">",
                Html.escape(id),
                width,
                height))
        .append("<title>")
        .append(Html.escape(title))
        .append("</title>")
        .append(
            String.format(
                Locale.ROOT,
                "<text x=\"%d\" y=\"18\" class=\"chart-title\">%s</text>",
                left,
                Html.escape(title)));
    for (double tick : axis.ticks()) {
      double y = top + plotH - plotH * tick / axis.max();
      svg.append(
          String.format(
              Locale.ROOT,
              "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" class=\"grid\"/>"
                  + "<text x=\"%d\" y=\"%.1f\" class=\"tick\" text-anchor=\"end\">%s</text>",
              left,
              y,
              left + plotW,
              y,
              left - 6,
              y + 4,
              Html.escape(axis.label(tick, fmt))));
    }
    svg.append(
        String.format(
            Locale.ROOT,
            "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>"
                + "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" class=\"axis\"/>"
                + "<text x=\"%d\" y=\"%d\" class=\"axis-title\" text-anchor=\"middle\">build"
                + "</text>",
            left,
            top + plotH,
            left + plotW,
            top + plotH,
            left,
            top,
            left,
            top + plotH,
            left + plotW / 2,
            height - 8));
    int n = values.length;
    double step = n <= 1 ? 0 : (double) plotW / (n - 1);
    int every = Math.max(1, (int) Math.ceil(n / 8.0));
    StringBuilder path = new StringBuilder();
    StringBuilder dots = new StringBuilder();
    boolean penDown = false;
    for (int i = 0; i < n; i++) {
      double x = n == 1 ? left + plotW / 2.0 : left + i * step;
      boolean known = !Double.isNaN(values[i]);
      double y = known ? top + plotH - plotH * values[i] / axis.max() : 0;
      if (known) {
        path.append(penDown ? "L" : "M").append(String.format(Locale.ROOT, "%.1f %.1f ", x, y));
      }
      penDown = known;
      if (known) {
        dots.append(
            String.format(
                Locale.ROOT,
                "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3.5\" class=\"dot\"><title>%s: %s</title>"
                    + "</circle>",
                x,
                y,
                Html.escape(labels.get(i)),
                Html.escape(fmt.apply(values[i]))));
      }
      boolean last = i == n - 1;
      if (last || (i % every == 0 && n - 1 - i >= every)) {
        svg.append(
            String.format(
                Locale.ROOT,
                "<text x=\"%.1f\" y=\"%d\" class=\"tick\" text-anchor=\"%s\">%s</text>",
                x,
                top + plotH + 16,
                last && n > 1 ? "end" : "middle",
                Html.escape(labels.get(i))));
      }
    }
    if (n > 1) {
      svg.append("<path d=\"").append(path.toString().trim()).append("\" class=\"line\"/>");
    }
    svg.append(dots);
    return svg.append("</svg>").toString();
  }

  /** A y or x axis from zero with 4-6 "nice" ticks (1, 2, 5 x 10^k). */
  record Axis(double max, double step) {
    private static final long[] TIME_STEPS = {
      1,
      2,
      5,
      10,
      20,
      50,
      100,
      200,
      500,
      1_000,
      2_000,
      5_000,
      10_000,
      15_000,
      30_000,
      60_000,
      120_000,
      300_000,
      600_000,
      900_000,
      1_800_000,
      3_600_000,
      7_200_000,
      10_800_000,
      21_600_000
    };

    /** A time axis whose ticks fall on round times: 30 s, 1 min, 5 min, 1 h. */
    static Axis ofTime(long maxMillis) {
      if (maxMillis <= 0) {
        return new Axis(1_000, 250);
      }
      long step = TIME_STEPS[TIME_STEPS.length - 1];
      for (long candidate : TIME_STEPS) {
        if (maxMillis / (double) candidate <= 6) {
          step = candidate;
          break;
        }
      }
      return new Axis(Math.ceil(maxMillis / (double) step) * step, step);
    }

    static Axis ofDouble(double maxValue) {
      if (maxValue <= 0) {
        return new Axis(1, 0.25);
      }
      double raw = maxValue / 5;
      double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
      double step = magnitude;
      for (double m : new double[] {1, 2, 2.5, 5, 10}) {
        if (m * magnitude >= raw) {
          step = m * magnitude;
          break;
        }
      }
      double max = Math.ceil(maxValue / step) * step;
      return new Axis(max, step);
    }

    double[] ticks() {
      int count = (int) Math.round(max / step) + 1;
      double[] ticks = new double[count];
      for (int i = 0; i < count; i++) {
        ticks[i] = i * step;
      }
      return ticks;
    }

    String label(double value, DoubleFunction<String> fmt) {
      return value == 0 ? "0" : fmt.apply(value);
    }

    String label(double value, java.util.function.LongFunction<String> fmt) {
      return value == 0 ? "0" : fmt.apply(Math.round(value));
    }
  }
}
