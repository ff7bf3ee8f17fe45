package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanJsonTest {
  private static final Path DATA = Path.of("src/test/resources/PlanJsonTest");

  private static ShardPlan samplePlan() {
    return ShardPlanner.plan(
        PlanRequest.of(
            List.of(
                UnitEstimate.known("a.A", 900, 10),
                UnitEstimate.known("b.B", 600, 3),
                UnitEstimate.estimated("c.C", 400),
                UnitEstimate.known("d.D$Inner", 50, 1)),
            3));
  }

  @Test
  void shouldReadBackWhatItWrites(@TempDir Path dir) throws Exception {
    ShardPlan plan = samplePlan();
    Path file = dir.resolve("sub/plan.json");

    PlanJson.write(plan, file);

    assertThat(PlanJson.read(file)).isEqualTo(plan);
    try (var files = java.nio.file.Files.list(dir.resolve("sub"))) {
      // No temporary file left behind.
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void shouldWriteTheFieldsTheCommandLineDocuments() throws Exception {
    JsonNode json = new ObjectMapper().readTree(PlanJson.toJson(samplePlan()));

    assertThat(json.get("version").asInt()).isEqualTo(1);
    assertThat(json.get("granularity").asText()).isEqualTo("class");
    assertThat(json.get("lowerBoundMillis").asLong()).isEqualTo(900);
    assertThat(json.get("predictedMakespanMillis").asLong()).isEqualTo(900);
    assertThat(json.get("knownUnits").asInt()).isEqualTo(3);
    assertThat(json.get("estimatedUnits").asInt()).isEqualTo(1);
    JsonNode first = json.get("shards").get(0);
    assertThat(first.get("index").asInt()).isEqualTo(1);
    assertThat(first.has("units")).isFalse();
    assertThat(first.get("excludes")).hasSize(2);
    assertThat(first.get("assigned")).hasSize(2);
    JsonNode second = json.get("shards").get(1);
    assertThat(second.get("units").get(0).asText()).isEqualTo("a.A");
    assertThat(second.get("predictedMillis").asLong()).isEqualTo(900);
  }

  @Test
  void shouldReadAHandWrittenPlanWithoutEstimates() throws Exception {
    ShardPlan plan = PlanJson.read(DATA.resolve("catch-all.json"));

    assertThat(plan.granularity()).isEqualTo(Granularity.CLASS);
    assertThat(plan.shard(1).catchAll()).isTrue();
    assertThat(plan.shard(1).units()).containsExactly("a.A");
    assertThat(plan.excludesFor(1)).containsExactly("b.B", "c.C");
    assertThat(plan.shard(2).units()).containsExactly("b.B", "c.C");
    assertThat(plan.estimates()).isEmpty();
    assertThat(plan.knownUnits()).isEqualTo(2);
  }

  @Test
  void shouldRejectAnUnknownVersion() {
    assertThatThrownBy(() -> PlanJson.read(DATA.resolve("version-2.json")))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("version-2.json")
        .hasMessageContaining("field 'version'")
        .hasMessageContaining("unsupported plan version 2");
  }

  @Test
  void shouldRejectExcludesThatDoNotMatchTheOtherShards() {
    assertThatThrownBy(() -> PlanJson.read(DATA.resolve("excludes-mismatch.json")))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("field 'shards[0].excludes'")
        .hasMessageContaining("missing c.C");
  }

  @Test
  void shouldRejectAUnitInTwoShards() {
    assertThatThrownBy(() -> PlanJson.read(DATA.resolve("duplicate-unit.json")))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("a.A#x is in shard 1 and shard 2");
  }

  @Test
  void shouldNameANegativeNumber() {
    assertThatThrownBy(() -> PlanJson.read(DATA.resolve("negative-millis.json")))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("field 'shards[0].predictedMillis'")
        .hasMessageContaining("non-negative integer");
  }

  @Test
  void shouldNameTheLineOfMalformedJson() {
    assertThatThrownBy(() -> PlanJson.read(DATA.resolve("truncated.json")))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("truncated.json: not a plan, malformed JSON at line");
  }

  @Test
  void shouldNameAMissingField() {
    String json = "{\"version\":1,\"granularity\":\"class\"}";

    assertThatThrownBy(() -> PlanJson.parse(json, "plan.json"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessage("plan.json: field 'shards': expected a non-empty array of shards");
  }

  @Test
  void shouldRejectAnEmptyInclusionList() {
    String json =
        "{\"version\":1,\"granularity\":\"file\",\"shards\":[{\"index\":1,\"units\":[],"
            + "\"predictedMillis\":0}],\"lowerBoundMillis\":0,\"predictedMakespanMillis\":0,"
            + "\"knownUnits\":0,\"estimatedUnits\":0}";

    assertThatThrownBy(() -> PlanJson.parse(json, "p.json"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("field 'shards[0].units': empty");
  }

  @Test
  void shouldRejectAnUnknownGranularity() throws Exception {
    String json =
        Files.readString(DATA.resolve("catch-all.json")).replace("\"class\"", "\"suite\"");

    assertThatThrownBy(() -> PlanJson.parse(json, "p.json"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("field 'granularity': unknown granularity 'suite'");
  }

  @Test
  void shouldRejectAMalformedEstimate() throws Exception {
    String json =
        Files.readString(DATA.resolve("catch-all.json"))
            .replace(
                "\"estimatedUnits\" : 1",
                "\"estimatedUnits\" : 1, \"estimates\" : {\"a.A\" : [1]}");

    assertThatThrownBy(() -> PlanJson.parse(json, "p.json"))
        .isInstanceOf(InvalidPlanException.class)
        .hasMessageContaining("field 'estimates.a.A': expected [millis, samples]");
  }

  @Test
  void shouldKeepTheEstimatesAndNotesOfAPlan() throws Exception {
    ShardPlan plan = samplePlan();

    ShardPlan read = PlanJson.parse(PlanJson.toJson(plan), "p.json");

    assertThat(read.estimates().get("c.C")).isEqualTo(UnitEstimate.estimated("c.C", 400));
    assertThat(read.estimates()).containsOnlyKeys("a.A", "b.B", "c.C", "d.D$Inner");
  }
}
