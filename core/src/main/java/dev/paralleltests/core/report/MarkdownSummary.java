package dev.paralleltests.core.report;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

/**
 * A {@link RunSummary} as Markdown for CI job summaries and pull-request comments, within a size
 * limit. When the full summary does not fit, lists are shortened (failures last) with a note saying
 * how many entries were left out; the totals, the verdict and the problems always show.
 */
public final class MarkdownSummary {

  /** GitHub's limit for a step summary ({@code $GITHUB_STEP_SUMMARY}): 1 MiB. */
  public static final int GITHUB_STEP_SUMMARY_LIMIT = 1024 * 1024;

  /** GitHub's limit for a check run's text or a pull-request comment: 65,535 characters. */
  public static final int GITHUB_COMMENT_LIMIT = 65_535;

  private static final int[] ITEM_STEPS = {Integer.MAX_VALUE, 200, 100, 50, 20, 10, 5, 3, 1, 0};
  private static final int[] TEXT_STEPS = {4000, 1000, 300, 100};

  private MarkdownSummary() {}

  /**
   * Renders the summary in at most {@code maxBytes} bytes of UTF-8 (so it also fits a limit in
   * characters of the same number).
   *
   * @throws IllegalArgumentException when the limit is too small for even the verdict (under 200)
   */
  public static String render(RunSummary summary, int maxBytes) {
    if (maxBytes < 200) {
      throw new IllegalArgumentException(
          "a Markdown summary needs at least 200 bytes, limit was " + maxBytes);
    }
    String text = "";
    for (int textLimit : TEXT_STEPS) {
      for (int items : ITEM_STEPS) {
        text = render(summary, items, textLimit);
        if (bytes(text) <= maxBytes) {
          return text;
        }
      }
    }
    // Still too long (huge problem lists): cut at a line end and say so.
    String note = "\n\n_Summary cut to fit " + maxBytes + " bytes._\n";
    int budget = maxBytes - bytes(note);
    int end = text.length();
    while (end > 0 && bytes(text.substring(0, end)) > budget) {
      end = text.lastIndexOf('\n', end - 1);
    }
    return text.substring(0, Math.max(0, end)) + note;
  }

  /** Renders with no size limit. */
  public static String render(RunSummary summary) {
    return render(summary, Integer.MAX_VALUE, Integer.MAX_VALUE);
  }

  private static String render(RunSummary s, int maxItems, int maxText) {
    StringBuilder md = new StringBuilder();
    String icon =
        switch (s.status()) {
          case PASSED -> "\u2705";
          case FAILED -> "\u274c";
          case ERROR -> "\u26a0\ufe0f";
        };
    Totals t = s.totals();
    md.append("## ")
        .append(icon)
        .append(' ')
        .append(Format.verdict(s))
        .append(": ")
        .append(Format.count(t.tests()))
        .append(" tests in ")
        .append(s.shards().size())
        .append(s.shards().size() == 1 ? " shard" : " shards")
        .append("\n\n");
    md.append("| Tests | Passed | Failed | Errors | Skipped | Flaky |\n");
    md.append("|---:|---:|---:|---:|---:|---:|\n");
    md.append("| ")
        .append(Format.count(t.tests()))
        .append(" | ")
        .append(Format.count(t.passed()))
        .append(" | ")
        .append(Format.count(t.failed()))
        .append(" | ")
        .append(Format.count(t.errors()))
        .append(" | ")
        .append(Format.count(t.skipped()))
        .append(" | ")
        .append(Format.count(t.flaky()))
        .append(" |\n\n");
    md.append("**Wall time** ")
        .append(Format.duration(s.wallMillis()))
        .append(" (slowest shard) · **Machine time** ")
        .append(Format.duration(s.machineMillis()))
        .append(" (sum of shard times) · **Test time** ")
        .append(Format.duration(s.testMillis()))
        .append(" (sum of test times: the serial estimate) · **Speed-up over serial** ")
        .append(Format.ratio(s.speedUpOverSerial()))
        .append(" (test time / wall time, estimated)")
        .append(" · **Imbalance** ")
        .append(Format.ratio(s.imbalance()))
        .append(" (slowest shard / lower bound ")
        .append(Format.duration(s.lowerBoundMillis()))
        .append(")");
    s.estimatedUnits()
        .ifPresent(n -> md.append(" · ").append(n).append(" units planned without history"));
    md.append("\n\n");

    // problems say why the run is not green: at least a few always show
    list(
        md,
        "Problems",
        s.problemMessages(),
        Math.max(maxItems, 10),
        p -> "- " + inline(p, maxText) + "\n");
    list(
        md,
        "Planned units never reported",
        missingUnits(s),
        Math.max(maxItems, 10),
        u -> "- " + inline(u, maxText) + "\n");

    md.append("### Shards\n\n");
    md.append(
        "| Shard | Status | Tests | Failed | Flaky | Planned | Actual | Actual / planned |\n");
    md.append("|---:|---|---:|---:|---:|---:|---:|---:|\n");
    for (ShardSummary sh : s.shards()) {
      md.append("| ")
          .append(sh.index())
          .append(" | ")
          .append(sh.status().label())
          .append(" | ")
          .append(Format.count(sh.totals().tests()))
          .append(" | ")
          .append(Format.count(sh.totals().broken()))
          .append(" | ")
          .append(Format.count(sh.totals().flaky()))
          .append(" | ")
          .append(
              sh.plannedMillis().isPresent()
                  ? Format.duration(sh.plannedMillis().getAsLong())
                  : "–")
          .append(" | ")
          .append(
              sh.actualMillis().isPresent() ? Format.duration(sh.actualMillis().getAsLong()) : "–")
          .append(" | ")
          .append(
              sh.actualOverPlanned().isPresent()
                  ? Format.ratio(sh.actualOverPlanned().getAsDouble())
                  : "–")
          .append(" |\n");
    }
    md.append('\n');

    list(md, "Failures", s.failures(), maxItems, f -> failure(f, maxText));
    list(
        md,
        "Flaky tests",
        s.flakyTests(),
        maxItems,
        f ->
            "- `"
                + code(f.displayName())
                + "` (shard "
                + f.shard()
                + ", "
                + f.attempts()
                + " runs): "
                + inline(f.messages().isEmpty() ? "" : f.messages().get(0), maxText)
                + "\n");
    if (!s.slowestTests().isEmpty()) {
      md.append("### Slowest tests\n\n| Test | Shard | Time |\n|---|---:|---:|\n");
      int shown = Math.min(s.slowestTests().size(), Math.max(maxItems, 0));
      for (TestTiming tt : s.slowestTests().subList(0, shown)) {
        md.append("| ")
            .append(inline(tt.displayName(), maxText))
            .append(" | ")
            .append(tt.shard())
            .append(" | ")
            .append(Format.duration(tt.millis()))
            .append(" |\n");
      }
      leftOut(md, s.slowestTests().size() - shown, "slowest tests");
      md.append('\n');
    }
    list(md, "Warnings", s.warnings(), maxItems, w -> "- " + inline(w, maxText) + "\n");
    return md.toString();
  }

  /** Every planned unit no report mentions, as "shard N: `unit`". */
  private static List<String> missingUnits(RunSummary s) {
    List<String> lines = new java.util.ArrayList<>();
    for (RunProblem p : s.problems()) {
      if (p.kind() == RunProblem.Kind.UNITS_MISSING) {
        p.units().forEach(u -> lines.add("shard " + p.shard() + ": " + u));
      }
    }
    return lines;
  }

  private static <T> void list(
      StringBuilder md, String title, List<T> items, int maxItems, Function<T, String> line) {
    if (items.isEmpty()) {
      return;
    }
    md.append("### ").append(title).append(" (").append(items.size()).append(")\n\n");
    int shown = Math.min(items.size(), maxItems);
    for (T item : items.subList(0, shown)) {
      md.append(line.apply(item));
    }
    leftOut(md, items.size() - shown, title.toLowerCase(java.util.Locale.ROOT));
    md.append('\n');
  }

  private static void leftOut(StringBuilder md, int count, String what) {
    if (count > 0) {
      md.append("\n_… and ")
          .append(Format.count(count))
          .append(" more ")
          .append(what)
          .append(" left out to fit the size limit._\n");
    }
  }

  private static String failure(FailedTest f, int maxText) {
    StringBuilder b = new StringBuilder();
    b.append("<details><summary><code>")
        .append(Html.escape(f.displayName()))
        .append("</code> (shard ")
        .append(f.shard())
        .append(f.attempts() > 1 ? ", failed all " + f.attempts() + " runs" : "")
        .append(")</summary>\n\n");
    String text = f.message();
    if (f.messages().size() > 1) {
      StringBuilder all = new StringBuilder();
      for (int i = 0; i < f.messages().size(); i++) {
        all.append("run ").append(i + 1).append(": ").append(f.messages().get(i)).append('\n');
      }
      text = all.toString();
    }
    if (!f.details().isEmpty()) {
      text = text + "\n" + f.details();
    }
    b.append(fenced(cut(text, maxText))).append("\n</details>\n\n");
    return b.toString();
  }

  /** Text that is shown inline (table cells, list items): one line, Markdown made literal. */
  static String inline(String s, int maxText) {
    String one = cut(s, maxText).replace("\r", "").replace('\n', ' ');
    StringBuilder b = new StringBuilder(one.length() + 16);
    for (int i = 0; i < one.length(); i++) {
      char c = one.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '|', '\\', '`', '*', '_', '[', ']', '#', '~', '!' -> b.append('\\').append(c);
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** Text inside inline code: backticks cannot be escaped there, so they are replaced. */
  private static String code(String s) {
    return s.replace('`', '\'').replace('\n', ' ');
  }

  /** A code block whose fence is longer than any backtick run in the text. */
  static String fenced(String text) {
    int longest = 0;
    int run = 0;
    for (int i = 0; i < text.length(); i++) {
      run = text.charAt(i) == '`' ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    String fence = "`".repeat(Math.max(3, longest + 1));
    return fence + "text\n" + text.stripTrailing() + "\n" + fence + "\n";
  }

  private static String cut(String s, int max) {
    if (s.length() <= max) {
      return s;
    }
    return s.substring(0, max) + " […" + (s.length() - max) + " more characters]";
  }

  private static int bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
