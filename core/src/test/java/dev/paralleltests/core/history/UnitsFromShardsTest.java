package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.unit.Granularity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UnitsFromShardsTest {

  private static TestCaseId unnamed(String name) {
    return TestCaseId.of("test", name, List.of(), "", "", "");
  }

  private static TestCaseId inFile(String file, String name) {
    return TestCaseId.of("", name, List.of(), file, file, file + "#" + name);
  }

  private static long fileMillis(BuildTimings timings, String file) {
    long total = 0;
    for (Map.Entry<TestCaseId, Long> e : timings.caseMillis().entrySet()) {
      total += e.getKey().fileUnit().equals(file) ? e.getValue() : 0;
    }
    for (Map.Entry<TestCaseId, Long> e : timings.suiteExtraMillis().entrySet()) {
      total += e.getKey().fileUnit().equals(file) ? e.getValue() : 0;
    }
    return total;
  }

  @Test
  void shouldGiveUnnamedCasesToTheOnlyUnitTheirShardRan() {
    BuildTimings shard =
        BuildTimings.builder().addCase(unnamed("adds"), 30).addCase(unnamed("waits"), 200).build();

    UnitsFromShards.Result result =
        UnitsFromShards.attribute(shard, List.of("./test/slow.test.js"), Granularity.FILE);

    assertThat(result.exactUnits()).isEqualTo(1);
    assertThat(fileMillis(result.timings(), "test/slow.test.js")).isEqualTo(230);
    assertThat(result.timings().caseMillis().keySet())
        .extracting(TestCaseId::testUnit)
        .containsExactlyInAnyOrder("test/slow.test.js#adds", "test/slow.test.js#waits");
  }

  @Test
  void shouldShareUnnamedTimeEvenlyAmongTheUnitsNoNamedCaseClaims() {
    BuildTimings shard =
        BuildTimings.builder()
            .addCase(unnamed("a"), 100)
            .addCase(unnamed("b"), 201)
            .addCase(inFile("named.test.js", "c"), 50)
            .build();

    UnitsFromShards.Result result =
        UnitsFromShards.attribute(
            shard, List.of("x.test.js", "named.test.js", "y.test.js"), Granularity.FILE);

    assertThat(result.sharedUnits()).isEqualTo(2);
    assertThat(fileMillis(result.timings(), "x.test.js")).isEqualTo(151);
    assertThat(fileMillis(result.timings(), "y.test.js")).isEqualTo(150);
    assertThat(fileMillis(result.timings(), "named.test.js")).isEqualTo(50);
    assertThat(result.timings().totalMillis()).isEqualTo(shard.totalMillis());
  }

  @Test
  void shouldLeaveTestGranularityAlone() {
    BuildTimings shard = BuildTimings.builder().addCase(unnamed("a"), 100).build();

    UnitsFromShards.Result result =
        UnitsFromShards.attribute(shard, List.of("x.test.js#a"), Granularity.TEST);

    assertThat(result.timings()).isEqualTo(shard);
  }
}
