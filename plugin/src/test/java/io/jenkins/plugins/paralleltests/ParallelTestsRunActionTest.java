package io.jenkins.plugins.paralleltests;

import static io.jenkins.plugins.paralleltests.PageFixture.units;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build action's page model while the build runs and after it was recorded. */
class ParallelTestsRunActionTest {

  @TempDir Path buildDir;

  @Test
  void shouldShowTheRecordedResultsOnAPageFirstViewedWhileTheBuildRan() throws Exception {
    PageFixture fixture =
        new PageFixture("", 2)
            .plan(1, units("a.A", 4000))
            .plan(2, units("a.B", 3000))
            .ran(1, "a.A", false, 4000)
            .ran(2, "a.B", false, 3000);
    ParallelTestsRunAction action =
        new ParallelTestsRunAction(
            "",
            new PlanService.Planned(fixture.shardPlan(), "timings from 1 build(s) of p", false),
            MissingShardResult.UNSTABLE,
            0);
    // Viewed during the build: nothing recorded yet, and the page model is cached.
    assertThat(action.page(buildDir).isAvailable()).isFalse();

    // What parallelTestsRecord does: write the page's files, then hand the verdict to the action.
    fixture.writeTo(buildDir);
    action.recorded(fixture.verdict());

    assertThat(action.page(buildDir).isAvailable()).isTrue();
    assertThat(action.page(buildDir).getShardCount()).isEqualTo(2);
  }

  @Test
  void shouldShowAReplaysPlanWarningFromTheStartAndKeepItAfterRecording() throws Exception {
    PageFixture fixture =
        new PageFixture("", 1).plan(1, units("a.A", 4000)).ran(1, "a.A", false, 4000);
    String warning = "shards is 4 in this build, but the plan reused from build #5 ...";
    ParallelTestsRunAction action =
        new ParallelTestsRunAction(
            "",
            new PlanService.Planned(fixture.shardPlan(), "plan reused", true, List.of(warning)),
            MissingShardResult.UNSTABLE,
            0);
    assertThat(action.getWarnings()).containsExactly(warning);

    action.recorded(fixture.verdict().withEarlierWarnings(action.getPlanWarnings()));

    assertThat(action.getWarnings()).startsWith(warning);
  }
}
