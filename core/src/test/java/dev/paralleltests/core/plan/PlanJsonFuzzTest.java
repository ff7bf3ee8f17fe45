package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Coverage-guided fuzzing of plan files: any bytes either parses as a plan that writes back to the
 * same JSON, or fails with an {@link InvalidPlanException} naming the file (never another
 * exception). Without {@code JAZZER_FUZZ=1} this runs once over each committed input in {@code
 * PlanJsonFuzzTestInputs/<method>/}.
 */
class PlanJsonFuzzTest {

  @FuzzTest(maxDuration = "150s")
  void parsesAnyTextOrNamesIt(byte[] data) throws IOException {
    ShardPlan plan;
    try {
      // As read(Path) reads a file: UTF-8 text.
      plan =
          PlanJson.read(
              new InputStreamReader(new ByteArrayInputStream(data), StandardCharsets.UTF_8),
              "fuzz-plan.json");
    } catch (InvalidPlanException e) {
      assertThat(e.getMessage()).startsWith("fuzz-plan.json");
      return;
    }
    String written = PlanJson.toJson(plan);
    ShardPlan again = PlanJson.parse(written, "rewritten.json");
    assertThat(PlanJson.toJson(again)).isEqualTo(written);
    assertThat(again.allUnits()).containsExactlyInAnyOrderElementsOf(plan.allUnits());
  }
}
