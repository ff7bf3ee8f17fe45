package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.Granularity;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScriptPlanTest {

  private static final ShardPlan PLAN =
      new ShardPlan(
          Granularity.CLASS,
          List.of(new Shard(1, List.of("a.A"), true, 10), new Shard(2, List.of("b.B"), false, 10)),
          10,
          10,
          2,
          0);

  @Test
  void shouldHandTheScriptOnlyPlainValuesSoTheSandboxNeedsNoApproval() {
    Map<String, Object> map = ScriptPlan.of(settings(), PLAN);

    assertPlain(map);
  }

  @Test
  void shouldHandTheScriptEveryDecisionItActsOn() {
    Map<String, Object> map = ScriptPlan.of(settings(), PLAN);

    assertThat(map)
        .containsEntry("name", "unit")
        .containsEntry("label", "linux")
        .containsEntry("image", "maven:3.9")
        .containsEntry("dockerArgs", "-u 0")
        .containsEntry("timeoutMinutes", 15)
        .containsEntry("failFast", false)
        .containsEntry("testResults", "**/TEST-*.xml");
    List<?> shards = (List<?>) map.get("shards");
    assertThat(shards).hasSize(2);
    Map<?, ?> second = (Map<?, ?>) shards.get(1);
    assertThat(second.get("index")).isEqualTo(2);
    assertThat(second.get("branch")).isEqualTo("unit 2/2");
    assertThat(second.get("env").toString()).contains("PARALLEL_TESTS_SHARD=2");
    assertThat((List<?>) second.get("files")).hasSize(6);
  }

  private static ResolvedSettings settings() {
    return ResolvedSettings.resolve(
        new StepParameters(
            "2", null, null, "maven:3.9", "-u 0", "linux", 15, null, "unit", null, null),
        GlobalDefaults.none());
  }

  private static void assertPlain(Object value) {
    if (value instanceof Map<?, ?> map) {
      map.forEach(
          (k, v) -> {
            assertThat(k).isInstanceOf(String.class);
            assertPlain(v);
          });
    } else if (value instanceof List<?> list) {
      list.forEach(ScriptPlanTest::assertPlain);
    } else {
      assertThat(value).isInstanceOfAny(String.class, Integer.class, Boolean.class);
    }
  }
}
