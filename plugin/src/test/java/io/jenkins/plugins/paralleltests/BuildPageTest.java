package io.jenkins.plugins.paralleltests;

import static io.jenkins.plugins.paralleltests.PageFixture.units;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildPageTest {
  @TempDir Path buildDir;

  private static PageFixture withHistory() {
    return new PageFixture("", 2)
        .plan(1, units("a.A", 10_000, "a.B", 1_000))
        .plan(2, units("b.C", 12_000))
        .ran(1, "a.A", false, 10_000)
        .ran(1, "a.B", false, 8_000)
        .ran(2, "b.C", false, 12_000);
  }

  private BuildPage page(PageFixture fixture, String source) {
    return new BuildPage(buildDir, fixture.runName, source, fixture.branches());
  }

  @Test
  void shouldShowTheSummaryNumbersAsTheHtmlReportFormatsThem() throws Exception {
    PageFixture fixture = withHistory();
    fixture.writeTo(buildDir);

    BuildPage page = page(fixture, "timings from 3 build(s) of folder/job");

    assertThat(page.isAvailable()).isTrue();
    assertThat(page.getShardCount()).isEqualTo(2);
    assertThat(page.getTests()).isEqualTo(3);
    assertThat(page.getWallTime()).isEqualTo("18.0s");
    assertThat(page.getMachineTime()).isEqualTo("30.0s");
    assertThat(page.getLowerBound()).isEqualTo("15.0s");
    assertThat(page.getSpeedUp()).isEqualTo("1.67\u00d7");
    assertThat(page.getImbalance()).isEqualTo("1.20\u00d7");
    assertThat(page.getEstimatedUnits()).isZero();
    assertThat(page.getStatus()).isEqualTo("passed");
  }

  @Test
  void shouldListShardsWithBranchAgentImagePlannedAndActual() throws Exception {
    PageFixture fixture = withHistory().ended(2, ShardStatus.SUCCESS, "linux-2");
    fixture.writeTo(buildDir);

    BuildPage.ShardRow second = page(fixture, "").getShards().get(1);

    assertThat(second.branch()).isEqualTo(BranchNames.of("", 2, 2));
    assertThat(second.agent()).isEqualTo("linux-2");
    assertThat(second.image()).isEqualTo("maven:3");
    assertThat(second.planned()).isEqualTo("12.0s");
    assertThat(second.actual()).isEqualTo("12.0s");
    assertThat(second.ratio()).isEqualTo("1.00\u00d7");
    assertThat(second.broken()).isFalse();
  }

  @Test
  void shouldShowMissingAndTimedOutShardsAsBroken() throws Exception {
    PageFixture fixture =
        new PageFixture("it", 3)
            .plan(1, units("a.A", 1_000))
            .plan(2, units("b.B", 1_000))
            .plan(3, units("c.C", 1_000))
            .ran(1, "a.A", false, 1_000)
            .ran(3, "c.C", false, 5_000)
            .ended(2, ShardStatus.NOT_STARTED, "")
            .ended(3, ShardStatus.TIMED_OUT, "linux-3");
    fixture.writeTo(buildDir);

    BuildPage page = page(fixture, "");

    assertThat(page.getShards())
        .extracting(BuildPage.ShardRow::status)
        .containsExactly("passed", "missing", "timed-out");
    assertThat(page.getShards())
        .extracting(BuildPage.ShardRow::broken)
        .containsExactly(false, true, true);
    assertThat(page.getShards().get(1).actual()).isEmpty();
    assertThat(page.getStatus()).isEqualTo("error");
    assertThat(page.getProblems()).anyMatch(p -> p.contains("produced no test results"));
    assertThat(page.getTimelineSvg()).startsWith("<svg").contains("timeline-chart");
    assertThat(Files.exists(BuildPageFiles.summary(buildDir, "it"))).isTrue();
  }

  @Test
  void shouldCountUnitsEstimatedForLackOfHistory() throws Exception {
    PageFixture fixture =
        new PageFixture("", 1)
            .plan(1, units("a.A", -3_000, "a.B", -3_000))
            .ran(1, "a.A", false, 1_000)
            .ran(1, "a.B", false, 1_000);
    fixture.writeTo(buildDir);

    BuildPage page = page(fixture, "no timing history");

    assertThat(page.getEstimatedUnits()).isEqualTo(2);
    assertThat(page.getExplanation()).first().isEqualTo("no timing history");
  }

  @Test
  void shouldListOverrunsAndSlowestUnitsWithLinksIntoTheJunitResult() throws Exception {
    PageFixture fixture = withHistory();
    fixture.writeTo(buildDir);

    BuildPage page = page(fixture, "");

    assertThat(page.getOverruns())
        .singleElement()
        .satisfies(
            u -> {
              assertThat(u.name()).isEqualTo("a.B");
              assertThat(u.planned()).isEqualTo("1.0s");
              assertThat(u.actual()).isEqualTo("8.0s");
              assertThat(u.ratio()).isEqualTo("8.00\u00d7");
              assertThat(u.junitUrl()).isEqualTo("testReport/a/B/");
            });
    assertThat(page.getSlowestUnits())
        .extracting(BuildPage.UnitRow::name)
        .containsExactly("b.C", "a.A", "a.B");
  }

  @Test
  void shouldExplainThePlanAndTellStepSettingsFromDefaults() throws Exception {
    PageFixture fixture = withHistory();
    fixture.writeTo(buildDir);

    BuildPage page = page(fixture, "timings from 3 build(s) of job");

    assertThat(page.getExplanation())
        .hasSizeGreaterThan(1)
        .first()
        .isEqualTo("timings from 3 build(s) of job");
    assertThat(page.getStepSettings()).containsExactly("shards = 2 (step parameter)");
    assertThat(page.getDefaultSettings())
        .containsExactly(
            "label = linux (global configuration)", "historyDepth = 10 builds (built-in default)");
  }

  @Test
  void shouldSayWhyWhenTheRunWasNotRecorded() {
    BuildPage page = page(withHistory(), "");

    assertThat(page.isAvailable()).isFalse();
    assertThat(page.getProblem()).contains("no results recorded yet");
    assertThat(page.getStepSettings()).isEmpty();
  }

  @Test
  void shouldNameTheFileWhenTheSummaryIsUnreadable() throws Exception {
    PageFixture fixture = withHistory();
    fixture.writeTo(buildDir);
    Files.writeString(BuildPageFiles.summary(buildDir, ""), "{ broken", StandardCharsets.UTF_8);

    BuildPage page = page(fixture, "");

    assertThat(page.isAvailable()).isFalse();
    assertThat(page.getProblem()).contains("summary.json");
  }

  @Test
  void shouldLinkOnlyClassNamesIntoTheJunitResult() {
    assertThat(BuildPage.junitClassUrl("Top")).isEqualTo("testReport/(root)/Top/");
    assertThat(BuildPage.junitClassUrl("src/test/a_test.py")).isEmpty();
  }
}
