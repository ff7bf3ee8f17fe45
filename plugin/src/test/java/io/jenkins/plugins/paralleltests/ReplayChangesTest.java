package io.jenkins.plugins.paralleltests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReplayChangesTest {

  private static String settings(String shards, String granularity, String testResults) {
    return ResolvedSettings.resolve(
            new StepParameters(
                shards, null, testResults, null, null, null, null, granularity, null, null, null),
            GlobalDefaults.none())
        .describe();
  }

  private static List<String> lines(String described) {
    return List.of(described.split("\\n"));
  }

  @Test
  void shouldNameEveryChangedSettingThatShapesThePlan() {
    List<String> warnings =
        ReplayChanges.of(
            lines(settings("2", "class", "a/*.xml")), settings("3", "test", "b/*.xml"), "#5");

    assertThat(warnings)
        .hasSize(3)
        .anySatisfy(w -> assertThat(w).startsWith("shards is 3 in this build"))
        .anySatisfy(w -> assertThat(w).startsWith("granularity is test in this build"))
        .anySatisfy(w -> assertThat(w).startsWith("testResults is b/*.xml in this build"));
  }

  @Test
  void shouldIgnoreWhereAnUnchangedValueCameFrom() {
    // The same value from a global default instead of a step parameter is no change.
    String original = settings("4", "class", "a/*.xml").replace("(step parameter)", "(default)");

    assertThat(ReplayChanges.of(lines(original), settings("4", "class", "a/*.xml"), "#5"))
        .isEmpty();
  }

  @Test
  void shouldSayNothingWhenTheOriginalStoredNoSettings() {
    assertThat(ReplayChanges.of(List.of(), settings("4", "class", "a/*.xml"), "#5")).isEmpty();
  }
}
