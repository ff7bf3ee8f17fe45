package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class LowerBoundTest {

  @Test
  void shouldBeTheAverageShareRoundedUpWhenNoUnitIsLonger() {
    assertThat(LowerBound.ofMillis(new long[] {10, 10, 11}, 2)).isEqualTo(16);
  }

  @Test
  void shouldBeTheLongestUnitWhenItExceedsTheShare() {
    assertThat(LowerBound.ofMillis(new long[] {100, 1, 1}, 3)).isEqualTo(100);
  }

  @Test
  void shouldRejectZeroShards() {
    assertThatThrownBy(() -> LowerBound.ofMillis(new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 1");
  }
}
