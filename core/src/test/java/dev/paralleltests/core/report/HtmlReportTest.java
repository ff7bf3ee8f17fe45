package dev.paralleltests.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReportTest {

  @Test
  void escapesEveryValueFromTheReports() {
    String html = HtmlReport.render(SampleRuns.failing());

    assertThat(html).doesNotContain("<script");
    assertThat(html)
        .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quoted&quot;");
  }

  @Test
  void loadsNothingFromTheNetworkAndRunsNoScript() {
    String html = HtmlReport.render(SampleRuns.failing(), trend(5));

    assertThat(html).doesNotContainPattern("(?i)(src|href)\\s*=");
    assertThat(html).doesNotContainPattern("(?i)url\\(");
    assertThat(html).contains("default-src 'none'");
  }

  private static List<TestEntry> tests() {
    return List.of(
        new TestEntry(1, "a.ATest", "works", TestEntry.Status.PASSED, 12, 1, ""),
        new TestEntry(
            2,
            "a.BTest",
            "</script><script>alert(1)</script>",
            TestEntry.Status.SKIPPED,
            0,
            1,
            "needs <b>GPU</b> & \u2028 more"),
        new TestEntry(2, "a.BTest", "fails", TestEntry.Status.FAILED, 1_500, 2, "expected 1"));
  }

  @Test
  void allowsOnlyItsOwnScriptByHashWhenItListsTheTests() throws Exception {
    String html =
        HtmlReport.render(SampleRuns.failing(), HtmlReport.Details.none().withTests(tests()));

    java.util.regex.Matcher csp =
        java.util.regex.Pattern.compile("script-src 'sha256-([A-Za-z0-9+/=]+)'").matcher(html);
    assertThat(csp.find()).isTrue();
    java.util.regex.Matcher script =
        java.util.regex.Pattern.compile("<script>(.*?)</script>", java.util.regex.Pattern.DOTALL)
            .matcher(html);
    assertThat(script.find()).isTrue();
    byte[] digest =
        java.security.MessageDigest.getInstance("SHA-256")
            .digest(script.group(1).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(csp.group(1)).isEqualTo(java.util.Base64.getEncoder().encodeToString(digest));
    assertThat(script.find()).as("one executable script only").isFalse();
  }

  @Test
  void keepsTestDataFromEndingItsScriptElement() {
    String html =
        HtmlReport.render(SampleRuns.failing(), HtmlReport.Details.none().withTests(tests()));

    int start = html.indexOf("<script type=\"application/json\" id=\"test-data\">");
    int end = html.indexOf("</script>", start);
    String data = html.substring(start, end);
    assertThat(data)
        .contains("\\u003c/script\\u003e\\u003cscript\\u003ealert(1)")
        .contains("needs \\u003cb\\u003eGPU\\u003c/b\\u003e \\u0026 \\u2028 more")
        .doesNotContain("<b>");
  }

  @Test
  void linksEachShardToItsOutput() {
    String html =
        HtmlReport.render(
            SampleRuns.failing(),
            HtmlReport.Details.none().withShardLogs(java.util.Map.of(3, "shard-3/output.log")));

    assertThat(html).contains("<a class=\"shard-log\" href=\"shard-3/output.log\">output.log</a>");
  }

  @Test
  void leavesJunitsUniqueIdAndDisplayNameOutOfAFailuresOutput() {
    assertThat(
            RunnerNoise.strip(
                "\nunique-id: [engine:junit-jupiter]/[class:a.B]/[method:c()]\ndisplay-name: c()\n"
                    + "\n\nreal output\ndisplay-name: mine\n"))
        .isEqualTo("real output\ndisplay-name: mine");
  }

  @Test
  void drawsTheTimelineWithAnAxisAndOneRowPerShard() {
    String html = HtmlReport.render(SampleRuns.failing());

    assertThat(html).contains("<svg class=\"chart\" id=\"timeline-chart\"");
    assertThat(html).contains(">Shard 1</text>").contains(">Shard 4</text>");
    assertThat(html).contains("<title>shard 3 planned: 3m 59s</title>");
    assertThat(html).contains("<title>shard 3 actual: 4m 22s (failed)</title>");
    assertThat(html).contains(">lower bound 4m 05s</text>");
    assertThat(html).contains(">5m</text>"); // an x-axis tick
  }

  @Test
  void drawsTrendChartsOnlyWhenThereIsHistory() {
    assertThat(HtmlReport.render(SampleRuns.failing())).doesNotContain("id=\"trend\"");

    RunSummary run = SampleRuns.failing();
    List<TrendPoint> points = new java.util.ArrayList<>(trend(30));
    points.add(TrendPoint.of("this run", run));

    String html = HtmlReport.render(run, points);

    assertThat(html).contains("Trend over the last 31 builds");
    assertThat(html)
        .contains("id=\"trend-wall\"")
        .contains("id=\"trend-test-time\"")
        .contains("id=\"trend-imbalance\"")
        .contains("id=\"trend-tests\"");
    assertThat(html).contains("<title>this run: 1,234</title>");
  }

  @Test
  void showsMissingShardsAsHavingNoResults() {
    RunSummary run =
        SampleRuns.green(3)
            .withShard(
                ShardSummary.missing(
                    3, java.util.OptionalLong.of(1_000), java.util.OptionalInt.of(10)))
            .withProblem("shard 3 of 3 is missing: it produced no report");

    String html = HtmlReport.render(run);

    assertThat(html).contains(">missing: no results</text>");
    assertThat(html).contains("data-status=\"error\"");
    assertThat(html).contains("<li>shard 3 of 3 is missing: it produced no report</li>");
  }

  @Test
  void leavesAGapForABuildThatRecordedNoWallTimeRatherThanDrawingZero() {
    List<TrendPoint> points = new java.util.ArrayList<>(trend(4));
    // a bare `record` of reports knows the test time but not the wall time
    points.set(1, new TrendPoint("#2", TrendPoint.UNKNOWN, 1_001_000, 1.0, 1_108));

    String html = HtmlReport.render(SampleRuns.failing(), points);

    String wall =
        html.substring(html.indexOf("id=\"trend-wall\""), html.indexOf("id=\"trend-test-time\""));
    assertThat(wall).doesNotContain("<title>#2:").contains("<title>#1:").contains("<title>#3:");
    assertThat(wall).containsPattern("d=\"M[^\"]*M"); // the line is broken at the gap
    assertThat(wall).doesNotContain("<title>#2: 0");
  }

  static List<TrendPoint> trend(int builds) {
    List<TrendPoint> points = new java.util.ArrayList<>();
    for (int i = 1; i <= builds; i++) {
      points.add(
          new TrendPoint(
              "#" + i, 300_000 - i * 1_000L, 1_000_000 + i * 500L, 1.3 - i * 0.01, 1_100 + i * 4));
    }
    return points;
  }
}
