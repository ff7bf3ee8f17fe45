package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildTimingsTest {
  private static TestCaseId id(String name) {
    return TestCaseId.basic("a.A", name, "", List.of("a.A"));
  }

  @Test
  void aBuilderGoesOnAfterBuildingWithoutChangingWhatItBuilt() {
    BuildTimings.Builder builder = BuildTimings.builder().addCase(id("x"), 5);
    BuildTimings first = builder.build();

    BuildTimings second = builder.addCase(id("x"), 2).addCase(id("y"), 1).build();

    assertThat(first.caseMillis()).containsExactly(java.util.Map.entry(id("x"), 5L));
    assertThat(second.caseMillis())
        .containsExactly(java.util.Map.entry(id("x"), 7L), java.util.Map.entry(id("y"), 1L));
  }

  @Test
  void builtTimingsCannotBeChanged() {
    BuildTimings built = BuildTimings.builder().addCase(id("x"), 5).build();

    assertThatThrownBy(() -> built.caseMillis().put(id("y"), 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
