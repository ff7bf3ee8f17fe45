package dev.paralleltests.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SummaryJsonTest {

  @Test
  void showsTotalsShardsSlowestTestsAndFailuresWithMessageAndShard() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SummaryJson.write(SampleRuns.failing()));

    assertThat(json.get("status").asText()).isEqualTo("failed");
    assertThat(json.get("green").asBoolean()).isFalse();
    assertThat(json.at("/totals/tests").asInt()).isEqualTo(1_234);
    assertThat(json.at("/totals/flaky").asInt()).isEqualTo(1);
    assertThat(json.at("/shards/2/status").asText()).isEqualTo("failed");
    assertThat(json.at("/shards/2/plannedMillis").asLong()).isEqualTo(239_000);
    assertThat(json.at("/shards/2/actualMillis").asLong()).isEqualTo(262_300);
    assertThat(json.at("/slowestTests/0/millis").asLong()).isEqualTo(48_200);
    assertThat(json.at("/failures/0/message").asText()).isEqualTo("expected 200 but was 503");
    assertThat(json.at("/failures/0/shard").asInt()).isEqualTo(3);
    assertThat(json.get("wallMillis").asLong()).isEqualTo(262_300);
    assertThat(json.get("machineMillis").asLong()).isEqualTo(981_700);
  }

  @Test
  void namesTestTimeAndTheSpeedUpOverSerial() throws Exception {
    JsonNode json = new ObjectMapper().readTree(SummaryJson.write(SampleRuns.failing()));

    assertThat(json.get("testMillis").asLong()).isEqualTo(900_000);
    assertThat(json.get("speedUpOverSerial").asDouble()).isEqualTo(3.431);
    assertThat(json.has("speedUp")).isFalse();
  }

  @Test
  void readsBackWhatItWrote() {
    RunSummary run = SampleRuns.failing();

    assertThat(SummaryJson.read(SummaryJson.write(run))).isEqualTo(run);
  }

  @Test
  void aMissingShardIsWrittenWithoutActualTime() throws Exception {
    RunSummary run =
        SampleRuns.green(2)
            .withShard(
                ShardSummary.missing(2, java.util.OptionalLong.of(5), java.util.OptionalInt.of(3)));

    JsonNode json = new ObjectMapper().readTree(SummaryJson.write(run));

    assertThat(json.at("/shards/1/status").asText()).isEqualTo("missing");
    assertThat(json.at("/shards/1").has("actualMillis")).isFalse();
    assertThat(json.get("status").asText()).isEqualTo("error");
  }

  @Test
  void refusesTextThatIsNotASummary() {
    assertThatThrownBy(() -> SummaryJson.read("[1, 2]"))
        .hasMessage("not a JSON run summary: expected an object");
    assertThatThrownBy(() -> SummaryJson.read("{\"format\": 99}"))
        .hasMessage("unsupported run summary format 99 (expected 1)");
  }
}
