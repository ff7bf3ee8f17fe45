package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CiShardTest {

  @Test
  void shouldReadGitLabAsOneBased() {
    assertThat(CiShard.fromEnvironment(Map.of("CI_NODE_INDEX", "1", "CI_NODE_TOTAL", "3")))
        .hasValueSatisfying(
            s -> {
              assertThat(s.index()).isEqualTo(1);
              assertThat(s.total()).isEqualTo(3);
            });
  }

  @Test
  void shouldShiftCircleCiFromZeroBased() {
    assertThat(CiShard.fromEnvironment(Map.of("CIRCLE_NODE_INDEX", "0", "CIRCLE_NODE_TOTAL", "4")))
        .hasValueSatisfying(s -> assertThat(s.index()).isEqualTo(1));
    assertThat(CiShard.fromEnvironment(Map.of("CIRCLE_NODE_INDEX", "3", "CIRCLE_NODE_TOTAL", "4")))
        .hasValueSatisfying(s -> assertThat(s.index()).isEqualTo(4));
  }

  @Test
  void shouldShiftBuildkiteFromZeroBased() {
    assertThat(
            CiShard.fromEnvironment(
                Map.of("BUILDKITE_PARALLEL_JOB", "2", "BUILDKITE_PARALLEL_JOB_COUNT", "5")))
        .hasValueSatisfying(
            s -> {
              assertThat(s.index()).isEqualTo(3);
              assertThat(s.total()).isEqualTo(5);
            });
  }

  @Test
  void shouldBeEmptyOutsideCi() {
    assertThat(CiShard.fromEnvironment(Map.of("PATH", "/usr/bin"))).isEmpty();
  }

  @Test
  void shouldRejectAnIndexOutsideTheTotalNamingTheVariable() {
    assertThatThrownBy(
            () ->
                CiShard.fromEnvironment(Map.of("CIRCLE_NODE_INDEX", "4", "CIRCLE_NODE_TOTAL", "4")))
        .isInstanceOf(CliException.class)
        .hasMessageContaining("CIRCLE_NODE_INDEX=4 is outside 1..4")
        .hasMessageContaining("counts from 0");
    assertThatThrownBy(
            () -> CiShard.fromEnvironment(Map.of("CI_NODE_INDEX", "0", "CI_NODE_TOTAL", "2")))
        .hasMessageContaining("CI_NODE_INDEX=0 is outside 1..2");
  }

  @Test
  void shouldRejectAMissingTotalOrANonNumber() {
    assertThatThrownBy(() -> CiShard.fromEnvironment(Map.of("CI_NODE_INDEX", "1")))
        .hasMessage("CI_NODE_INDEX is set but CI_NODE_TOTAL is not (GitLab CI)");
    assertThatThrownBy(
            () ->
                CiShard.fromEnvironment(
                    Map.of("BUILDKITE_PARALLEL_JOB", "x", "BUILDKITE_PARALLEL_JOB_COUNT", "2")))
        .hasMessage("BUILDKITE_PARALLEL_JOB='x' is not a number");
  }

  @Test
  void whenGitLabAndCircleCiDisagreeSplitSaysThatGitLabWins() {
    CliRun run =
        CliRun.withEnv(
            Map.of(
                "CI_NODE_INDEX",
                "2",
                "CI_NODE_TOTAL",
                "2",
                "CIRCLE_NODE_INDEX",
                "0",
                "CIRCLE_NODE_TOTAL",
                "3"),
            "split",
            "a.A",
            "b.B",
            "c.C");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("CI variables disagree")
        .contains("using GitLab CI")
        .contains("CIRCLE_NODE_INDEX=0");
  }
}
