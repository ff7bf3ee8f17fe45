package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class TrendCacheTest {

  private final TrendCache cache = new TrendCache();
  private int computed;

  private Supplier<List<JobTrend>> counting() {
    return () -> {
      computed++;
      return new ArrayList<>();
    };
  }

  @Test
  void shouldComputeOncePerNewestBuild() {
    cache.get("folder/p 30", "12", counting());
    cache.get("folder/p 30", "12", counting());

    assertThat(computed).isEqualTo(1);
  }

  @Test
  void shouldRecomputeWhenANewBuildStartsOrTheNewestFinishes() {
    cache.get("folder/p 30", "12", counting());
    cache.get("folder/p 30", "13 running", counting());
    cache.get("folder/p 30", "13", counting());

    assertThat(computed).isEqualTo(3);
  }

  @Test
  void shouldKeepJobsAndBuildCountsApart() {
    cache.get("folder/p 30", "12", counting());
    cache.get("folder/q 30", "12", counting());
    cache.get("folder/p 60", "12", counting());

    assertThat(computed).isEqualTo(3);
  }

  @Test
  void shouldForgetTheLeastRecentlyUsedJobBeyondItsSize() {
    cache.get("job0 30", "1", counting());
    for (int i = 1; i <= TrendCache.MAX_JOBS; i++) {
      cache.get("job" + i + " 30", "1", counting());
    }
    computed = 0;

    cache.get("job0 30", "1", counting());
    cache.get("job" + TrendCache.MAX_JOBS + " 30", "1", counting());

    assertThat(computed).isEqualTo(1);
  }
}
