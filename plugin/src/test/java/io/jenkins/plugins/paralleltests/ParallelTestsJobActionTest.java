package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whether the job page shows the trend, judged from the newest builds' directories. */
class ParallelTestsJobActionTest {
  @TempDir Path buildDir;

  @Test
  void aRunningBuildThatHasNotPlannedYetLetsTheOlderBuildsDecide() {
    assertThat(ParallelTestsJobAction.probe(buildDir, true))
        .isEqualTo(ParallelTestsJobAction.Probe.LOOK_FURTHER);
  }

  @Test
  void aFinishedBuildWithoutThePluginsDirectoryMeansTheJobDoesNotUseIt() {
    assertThat(ParallelTestsJobAction.probe(buildDir, false))
        .isEqualTo(ParallelTestsJobAction.Probe.NOT_USED);
  }

  @Test
  void aBuildThatRecordedARunShowsTheTrend() throws Exception {
    new PageFixture("", 1)
        .plan(1, PageFixture.units("a.A", 1_000))
        .ran(1, "a.A", false, 1_000)
        .writeTo(buildDir);

    assertThat(ParallelTestsJobAction.probe(buildDir, false))
        .isEqualTo(ParallelTestsJobAction.Probe.RECORDED);
  }

  @Test
  void aRunningBuildThatPlannedButHasNotRecordedLetsTheOlderBuildsDecide() throws Exception {
    Files.createDirectories(buildDir.resolve(BuildFiles.DIR));

    assertThat(ParallelTestsJobAction.probe(buildDir, true))
        .isEqualTo(ParallelTestsJobAction.Probe.LOOK_FURTHER);
  }
}
