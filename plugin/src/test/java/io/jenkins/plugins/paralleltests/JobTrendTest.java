package io.jenkins.plugins.paralleltests;

import static io.jenkins.plugins.paralleltests.PageFixture.units;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JobTrendTest {
  @TempDir Path jobDir;

  /** Builds 1..n, newest first as Jenkins lists them; build k's only shard ran k seconds. */
  private List<JobTrend.BuildRef> builds(int n, String runName) throws Exception {
    List<JobTrend.BuildRef> refs = new ArrayList<>();
    for (int k = n; k >= 1; k--) {
      Path dir = jobDir.resolve(Integer.toString(k));
      new PageFixture(runName, 2)
          .plan(1, units("a.A", 1_000))
          .plan(2, units("b.B", 1_000))
          .ran(1, "a.A", false, k * 1_000L)
          .ran(2, "b.B", false, 1_000)
          .writeTo(dir);
      // Test results the trend must never open.
      Files.writeString(dir.resolve("junitResult.xml"), "<result/>", StandardCharsets.UTF_8);
      refs.add(new JobTrend.BuildRef(k, dir));
    }
    return refs;
  }

  @Test
  void shouldDrawOneBuild() throws Exception {
    JobTrend trend = JobTrend.of(builds(1, ""), "", JobTrend.DEFAULT_BUILDS);

    assertThat(trend.points()).hasSize(1);
    assertThat(trend.getRows())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.number()).isEqualTo(1);
              assertThat(r.shards()).isEqualTo(2);
              assertThat(r.wallTime()).isEqualTo("1.0s");
              assertThat(r.machineTime()).isEqualTo("2.0s");
              assertThat(r.speedUp()).isEqualTo("2.00\u00d7");
              assertThat(r.imbalance()).isEqualTo("1.00\u00d7");
            });
    assertThat(trend.getWallSvg()).startsWith("<svg").contains("#1");
  }

  @Test
  void shouldDrawTheLastThirtyOfAHundredBuildsOldestFirst() throws Exception {
    JobTrend trend = JobTrend.of(builds(100, ""), "", JobTrend.DEFAULT_BUILDS);

    assertThat(trend.points())
        .extracting(JobTrend.Point::number)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.rangeClosed(71, 100).boxed().toList());
    assertThat(trend.getRows().get(0).number()).isEqualTo(100);
    assertThat(trend.getRows().get(0).wallTime()).isEqualTo("1m 40s");
    assertThat(trend.getImbalanceSvg()).contains("#71").contains("#100");
  }

  @Test
  void shouldDrawAHundredBuildsReadingOnlyTheirTrendFiles() throws Exception {
    List<Path> read = new ArrayList<>();
    JobTrend trend =
        JobTrend.of(
            builds(100, ""),
            "",
            100,
            file -> {
              read.add(file);
              return BuildPageFiles.readTrend(file);
            });

    assertThat(trend.points()).hasSize(100);
    assertThat(read)
        .hasSize(100)
        .allMatch(f -> f.getFileName().toString().equals("trend.properties"));
  }

  @Test
  void shouldNotNeedTheSummaryOrTestResultsToDrawTheTrend() throws Exception {
    List<JobTrend.BuildRef> refs = builds(3, "");
    for (JobTrend.BuildRef ref : refs) {
      Files.delete(BuildPageFiles.summary(ref.dir(), ""));
      Files.delete(ref.dir().resolve("junitResult.xml"));
    }

    assertThat(JobTrend.of(refs, "", 30).points()).hasSize(3);
  }

  @Test
  void shouldSkipBuildsWithoutTheRunAndNameUnreadableOnes() throws Exception {
    List<JobTrend.BuildRef> refs = new ArrayList<>(builds(3, ""));
    Path empty = jobDir.resolve("4");
    Files.createDirectories(empty);
    refs.add(0, new JobTrend.BuildRef(4, empty));
    Files.writeString(BuildPageFiles.trend(refs.get(2).dir(), ""), "wallMillis=x\n");

    JobTrend trend = JobTrend.of(refs, "", 30);

    assertThat(trend.points()).extracting(JobTrend.Point::number).containsExactly(1, 3);
    assertThat(trend.getSkipped())
        .singleElement()
        .asString()
        .startsWith("#2: ")
        .contains("trend.properties");
  }

  @Test
  void shouldFindTheNamedRunsOfABuild() throws Exception {
    Path dir = builds(1, "unit").get(0).dir();
    new PageFixture("", 1).plan(1, units("a.A", 1)).ran(1, "a.A", false, 1).writeTo(dir);

    assertThat(JobTrend.runNames(dir)).containsExactly("", "unit");
    assertThat(JobTrend.runNames(jobDir.resolve("none"))).isEmpty();
    assertThat(JobTrend.of(List.of(new JobTrend.BuildRef(1, dir)), "unit", 30).getRunName())
        .isEqualTo("unit");
  }
}
