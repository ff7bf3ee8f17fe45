package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.plan.ShardCount;
import dev.paralleltests.core.unit.Granularity;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResolvedSettingsTest {

  private static final GlobalDefaults ADMIN =
      new GlobalDefaults(6, 10, "maven:3.9", "linux", 45, 15, MissingShardResult.FAILURE);

  @Test
  void shouldTakeBuiltInDefaultsWhenNothingIsSet() {
    ResolvedSettings s = ResolvedSettings.resolve(StepParameters.none(), GlobalDefaults.none());

    assertThat(s.shards()).isEqualTo(ShardCount.fixed(4));
    assertThat(s.shardsOrigin()).isEqualTo(SettingOrigin.BUILT_IN);
    assertThat(s.image()).isEqualTo(new Setting<>("", SettingOrigin.BUILT_IN));
    assertThat(s.label().value()).isEmpty();
    assertThat(s.timeoutMinutes().value()).isEqualTo(60);
    assertThat(s.historyDepth().value()).isEqualTo(20);
    assertThat(s.failFast().value()).isFalse();
    assertThat(s.missingShardResult().value()).isEqualTo(MissingShardResult.UNSTABLE);
    assertThat(s.testResults().value()).isEqualTo("**/TEST-*.xml");
    assertThat(s.granularity().value()).isEqualTo(Granularity.CLASS);
  }

  @Test
  void shouldTakeTheAdministratorsDefaultsOverBuiltInOnes() {
    ResolvedSettings s = ResolvedSettings.resolve(StepParameters.none(), ADMIN);

    assertThat(s.shards()).isEqualTo(ShardCount.fixed(6));
    assertThat(s.shardsOrigin()).isEqualTo(SettingOrigin.GLOBAL);
    assertThat(s.image()).isEqualTo(new Setting<>("maven:3.9", SettingOrigin.GLOBAL));
    assertThat(s.label()).isEqualTo(new Setting<>("linux", SettingOrigin.GLOBAL));
    assertThat(s.timeoutMinutes()).isEqualTo(new Setting<>(45, SettingOrigin.GLOBAL));
    assertThat(s.historyDepth().value()).isEqualTo(15);
    assertThat(s.missingShardResult().value()).isEqualTo(MissingShardResult.FAILURE);
  }

  @Test
  void shouldLetStepParametersOverrideTheAdministratorsDefaults() {
    StepParameters step =
        new StepParameters(
            "3", null, "out/*.xml", "node:22", "-u 0", "docker", 5, "test", "unit", "other", true);

    ResolvedSettings s = ResolvedSettings.resolve(step, ADMIN);

    assertThat(s.shards()).isEqualTo(ShardCount.fixed(3));
    assertThat(s.shardsOrigin()).isEqualTo(SettingOrigin.STEP);
    assertThat(s.image()).isEqualTo(new Setting<>("node:22", SettingOrigin.STEP));
    assertThat(s.dockerArgs()).isEqualTo("-u 0");
    assertThat(s.label()).isEqualTo(new Setting<>("docker", SettingOrigin.STEP));
    assertThat(s.timeoutMinutes()).isEqualTo(new Setting<>(5, SettingOrigin.STEP));
    assertThat(s.granularity().value()).isEqualTo(Granularity.TEST);
    assertThat(s.name()).isEqualTo("unit");
    assertThat(s.referenceJob()).isEqualTo("other");
    assertThat(s.failFast()).isEqualTo(new Setting<>(true, SettingOrigin.STEP));
    assertThat(s.testResults()).isEqualTo(new Setting<>("out/*.xml", SettingOrigin.STEP));
  }

  @Test
  void shouldSayWhereEachValueCameFrom() {
    StepParameters step = StepParameters.none().withShards("3");

    String text = ResolvedSettings.resolve(step, ADMIN).describe();

    assertThat(text)
        .contains("shards = 3 (step parameter)")
        .contains("image = maven:3.9 (global configuration)")
        .contains("granularity = class (built-in default)")
        .contains("timeoutMinutes = 45 min (global configuration)")
        .contains("missing shard = failure (global configuration)");
  }

  @Test
  void shouldCapTheShardCountAtTheMaximumAndSaySo() {
    ResolvedSettings s = ResolvedSettings.resolve(StepParameters.none().withShards("50"), ADMIN);

    assertThat(s.shards()).isEqualTo(ShardCount.fixed(10));
    assertThat(s.notes()).singleElement().asString().contains("exceeds the maximum of 10");
  }

  @Test
  void shouldPlanAutoShardsWithTheTargetAndTheMaximum() {
    StepParameters step =
        new StepParameters("auto", 7, null, null, null, null, null, null, null, null, null);

    ResolvedSettings s = ResolvedSettings.resolve(step, ADMIN);

    assertThat(s.shards()).isEqualTo(new ShardCount.Auto(7 * 60_000L, 10));
    assertThat(s.describe()).contains("shards = auto (target 7 min, at most 10)");
  }

  @Test
  void shouldRefuseBadValuesNamingTheParameter() {
    assertThatThrownBy(
            () -> ResolvedSettings.resolve(StepParameters.none().withShards("four"), ADMIN))
        .hasMessageContaining("shards must be a whole number or 'auto', got 'four'");
    assertThatThrownBy(() -> ResolvedSettings.resolve(StepParameters.none().withShards("0"), ADMIN))
        .hasMessageContaining("shards must be at least 1");
    assertThatThrownBy(
            () ->
                ResolvedSettings.resolve(
                    new StepParameters(
                        "4", 5, null, null, null, null, null, null, null, null, null),
                    ADMIN))
        .hasMessageContaining("targetMinutes only applies with shards: 'auto'");
    assertThatThrownBy(
            () -> ResolvedSettings.resolve(StepParameters.none().withGranularity("method"), ADMIN))
        .hasMessageContaining("unknown granularity 'method'");
    assertThatThrownBy(
            () -> ResolvedSettings.resolve(StepParameters.none().withName("unit tests"), ADMIN))
        .hasMessageContaining("name 'unit tests'");
    assertThatThrownBy(
            () ->
                ResolvedSettings.resolve(
                    new StepParameters(
                        null, null, null, null, null, null, -1, null, null, null, null),
                    ADMIN))
        .hasMessageContaining("timeoutMinutes must be 0 (no timeout) or more");
  }

  @Test
  void shouldRefuseUnknownParametersSuggestingTheNearestOne() {
    assertThatThrownBy(() -> StepParameters.checkNames(List.of("shards", "shard", "imgae", "xyz")))
        .hasMessageContaining("'shard' (did you mean 'shards'?)")
        .hasMessageContaining("'imgae' (did you mean 'image'?)")
        .hasMessageContaining("'xyz';")
        .hasMessageContaining("known parameters are shards, targetMinutes");
  }

  @Test
  void shouldAcceptEveryDocumentedParameterName() {
    StepParameters.checkNames(StepParameters.NAMES);
  }
}
