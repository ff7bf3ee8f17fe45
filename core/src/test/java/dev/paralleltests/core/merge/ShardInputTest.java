package dev.paralleltests.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ShardInputTest {

  @Test
  void aBarePathIsTheShardOfItsPosition() {
    assertThat(ShardInput.parseAll(List.of("a", "b")))
        .containsExactly(ShardInput.of(1, Path.of("a")), ShardInput.of(2, Path.of("b")));
  }

  @Test
  void anExplicitShardNumberWinsAndRepeatsJoinOneShard() {
    assertThat(ShardInput.parseAll(List.of("3=r/x", "1=r/y", "3=extra.xml")))
        .containsExactly(
            ShardInput.of(1, Path.of("r/y")),
            ShardInput.of(3, Path.of("r/x"), Path.of("extra.xml")));
  }

  @Test
  void aPathThatMerelyContainsAnEqualsSignIsAPath() {
    assertThat(ShardInput.parse("build=1/reports", 2))
        .isEqualTo(ShardInput.of(2, Path.of("build=1/reports")));
  }

  @Test
  void shardNumbersStartAtOne() {
    assertThatThrownBy(() -> ShardInput.parse("0=reports", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shard numbers start at 1, got '0=reports' (expected I=PATH)");
  }

  @Test
  void theAttemptIsTheInnermostAttemptDirectory() {
    assertThat(JUnitMerger.attemptOf(null)).isEqualTo(1);
    assertThat(JUnitMerger.attemptOf(Path.of("surefire-reports"))).isEqualTo(1);
    assertThat(JUnitMerger.attemptOf(Path.of("attempt-3/surefire-reports"))).isEqualTo(3);
    assertThat(JUnitMerger.attemptOf(Path.of("attempt-2/x/attempt-4"))).isEqualTo(4);
    assertThat(JUnitMerger.attemptOf(Path.of("my-attempt-2"))).isEqualTo(1);
  }
}
