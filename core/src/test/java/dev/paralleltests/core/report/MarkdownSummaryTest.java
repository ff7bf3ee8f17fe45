package dev.paralleltests.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {

  @Test
  void showsVerdictTotalsTimesShardsAndFailures() {
    String md = MarkdownSummary.render(SampleRuns.failing());

    assertThat(md).startsWith("## \u274c Tests failed: 1,234 tests in 4 shards");
    assertThat(md).contains("| 1,234 | 1,214 | 1 | 1 | 18 | 1 |");
    assertThat(md).contains("**Wall time** 4m 22s (slowest shard)");
    assertThat(md).contains("**Machine time** 16m 22s (sum of shard times)");
    assertThat(md).contains("**Test time** 15m 00s (sum of test times: the serial estimate)");
    assertThat(md)
        .contains("**Speed-up over serial** 3.43\u00d7 (test time / wall time, estimated)");
    assertThat(md).contains("**Imbalance** 1.07\u00d7");
    assertThat(md).contains("| 3 | failed | 301 | 2 | 0 | 3m 59s | 4m 22s | 1.10\u00d7 |");
    assertThat(md)
        .contains("<code>com.example.CheckoutIT.refundsOrder</code> (shard 3, failed all 2 runs)");
    assertThat(md).contains("run 1: expected 200 but was 500\nrun 2: expected 200 but was 503");
  }

  @Test
  void hostileTextCannotBreakOutOfTablesOrInjectHtml() {
    String md = MarkdownSummary.render(SampleRuns.failing());

    // raw text may only appear inside fenced code blocks, which Markdown shows literally
    String outsideCode = md.replaceAll("(?s)```text\n.*?\n```\n", "");
    assertThat(md).contains("```text\n<script>alert('x')</script>");
    assertThat(outsideCode).doesNotContain("<script>");
    assertThat(md)
        .contains(
            "&lt;script&gt;alert('x')&lt;/script&gt; &amp; \"quoted\" \\| \\`tick\\` \\*bold\\*");
  }

  @Test
  void aCodeFenceIsLongerThanAnyBacktickRunInTheText() {
    assertThat(MarkdownSummary.fenced("a ```` b")).startsWith("`````text\n").endsWith("\n`````\n");
  }

  @Test
  void fitsTheGitHubCommentLimitAndSaysHowManyFailuresWereLeftOut() {
    RunSummary run = SampleRuns.withManyFailures(400);

    String md = MarkdownSummary.render(run, MarkdownSummary.GITHUB_COMMENT_LIMIT);

    assertThat(md.getBytes(StandardCharsets.UTF_8).length)
        .isLessThanOrEqualTo(MarkdownSummary.GITHUB_COMMENT_LIMIT);
    assertThat(md).containsPattern("_… and [0-9,]+ more failures left out to fit the size limit._");
    int shown = md.split("<details>", -1).length - 1;
    assertThat(md).contains("and " + (400 - shown) + " more failures");
    assertThat(md).contains("| 1,234 |"); // the totals always show
  }

  @Test
  void aSummaryThatFitsIsNotShortened() {
    String md =
        MarkdownSummary.render(SampleRuns.failing(), MarkdownSummary.GITHUB_STEP_SUMMARY_LIMIT);

    assertThat(md)
        .isEqualTo(MarkdownSummary.render(SampleRuns.failing()))
        .doesNotContain("left out");
  }

  @Test
  void evenHugeProblemListsAreCutToTheLimitWithANote() {
    RunSummary run = SampleRuns.green(2);
    for (int i = 0; i < 2_000; i++) {
      run = run.withProblem("problem number " + i + " " + "z".repeat(200));
    }

    String md = MarkdownSummary.render(run, 10_000);

    assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(10_000);
    assertThat(md).contains("more problems left out");
  }

  @Test
  void refusesALimitTooSmallForTheVerdict() {
    assertThatThrownBy(() -> MarkdownSummary.render(SampleRuns.green(1), 100))
        .hasMessage("a Markdown summary needs at least 200 bytes, limit was 100");
  }
}
