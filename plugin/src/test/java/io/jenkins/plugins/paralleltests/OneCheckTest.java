package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.report.RunProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OneCheckTest {

  private static ShardVerdict.ShardReport shard(int index, int tests, int failures) {
    return new ShardVerdict.ShardReport(
        index,
        "shard " + index + "/2",
        1000,
        1000,
        tests,
        failures,
        List.of(),
        ShardStatus.SUCCESS);
  }

  @Test
  void shouldSumEveryShardIntoOneSuccessfulCheck() {
    ShardVerdict verdict =
        new ShardVerdict(List.of(shard(1, 5, 0), shard(2, 7, 0)), List.of(), List.of());

    Map<String, Object> check = OneCheck.of("", "", verdict);

    assertThat(check)
        .containsEntry("name", "Tests")
        .containsEntry("title", "12 tests, 0 failed, in 2 shards")
        .containsEntry("conclusion", "SUCCESS");
  }

  @Test
  void shouldFailWhenATestFailed() {
    ShardVerdict verdict =
        new ShardVerdict(List.of(shard(1, 5, 1), shard(2, 7, 0)), List.of(), List.of());

    assertThat(OneCheck.of("", "", verdict)).containsEntry("conclusion", "FAILURE");
  }

  @Test
  void shouldFailAndSayWhyWhenAShardRanShort() {
    ShardVerdict verdict =
        new ShardVerdict(
            List.of(shard(1, 5, 0), shard(2, 0, 0)),
            List.of(
                RunProblem.of(
                    RunProblem.Kind.SHARD_EMPTY, 2, "shard 2/2 produced no test results")),
            List.of());

    assertThat(OneCheck.of("unit", "", verdict))
        .containsEntry("name", "Tests / unit")
        .containsEntry("conclusion", "FAILURE")
        .containsEntry(
            "summary", "5 tests, 0 failed, in 2 shards\n\nshard 2/2 produced no test results");
  }

  @Test
  void shouldTakeTheNameOfAnEnclosingWithChecksAsJunitDoes() {
    // junit 1418.v67a_81935603c JUnitResultsStepExecution.java:54-61: inside withChecks('X') and
    // without checksName, junit's check is named X, not "Tests".
    ShardVerdict verdict =
        new ShardVerdict(List.of(shard(1, 5, 0), shard(2, 7, 0)), List.of(), List.of());

    assertThat(OneCheck.of("", "Integration", verdict)).containsEntry("name", "Integration");
    assertThat(OneCheck.of("unit", "Integration", verdict))
        .containsEntry("name", "Integration / unit");
  }
}
