package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.property.Gen;
import dev.paralleltests.core.property.Property;
import dev.paralleltests.core.unit.Granularity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link PlanJson} writes plans by hand; the text must stay what Jackson's generator with its
 * default pretty printer wrote before (plans kept by the plugin and compared by users' scripts).
 * The reference writer below is the former implementation.
 */
class PlanJsonWriterTest {

  /** Names with every character JSON escapes, and some it does not. */
  private static final String CHARS =
      "aZ.#$_/ -\u00e9\u20ac\u007f\"\\\b\f\n\r\t\u0000\u0001\u001f\ud83d\ude00";

  private static ShardPlan randomPlan(Gen g) {
    List<UnitEstimate> units =
        g.uniqueList(
            0,
            60,
            u ->
                new UnitEstimate(
                    "u" + u.string(CHARS, 0, 8), u.longBetween(0, 100_000), u.intBetween(0, 5)),
            UnitEstimate::unit);
    PlanRequest request =
        PlanRequest.of(units, g.intBetween(1, 8))
            .withGranularity(g.oneOf(Granularity.class))
            .withSafetyNet(g.oneOf(SafetyNet.class));
    if (request.safetyNet() == SafetyNet.INCLUSIONS_ONLY && units.isEmpty()) {
      request = request.withSafetyNet(SafetyNet.CATCH_ALL);
    }
    if (g.intBetween(0, 2) == 0) {
      request = request.withCatchAllReserve(g.longBetween(0, 50_000));
    }
    return ShardPlanner.plan(request);
  }

  @Test
  void writesWhatJacksonsPrettyPrinterWrote() {
    Property.forAll(
        500,
        PlanJsonWriterTest::randomPlan,
        plan -> assertThat(PlanJson.toJson(plan)).isEqualTo(jackson(plan)));
  }

  @Test
  void writesTheSameTextAsUtf8BytesAsToAString() throws IOException {
    // Large enough to be written in several blocks.
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 0; i < 5_000; i++) {
      units.add(UnitEstimate.known("com.example.m" + (i % 7) + ".Class" + i + "Test", i % 97, 3));
    }
    // Characters of two, three and four bytes in UTF-8, and a name longer than the write buffer.
    units.add(UnitEstimate.known("caf\u00e9.\u20acTest\ud83d\ude00", 5, 1));
    units.add(UnitEstimate.known("x".repeat(70_000) + "\"", 5, 1));
    // Times of every number of digits, and one beyond an int.
    for (long millis = 1; millis <= 1_000_000_000L; millis *= 10) {
      units.add(UnitEstimate.known("t.T" + millis, millis - 1, 2));
    }
    units.add(UnitEstimate.known("t.Max", Integer.MAX_VALUE, 1));
    units.add(UnitEstimate.known("t.Long", 3_000_000_000L, 1));
    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 16));
    ByteArrayOutputStream out = new ByteArrayOutputStream();

    PlanJson.write(plan, out);

    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo(PlanJson.toJson(plan))
        .isEqualTo(jackson(plan));
  }

  @Test
  void writesAPlanMadeByHandWithTheCatchAllInTheMiddleAndEstimatesInAnotherOrder() {
    List<Shard> shards =
        List.of(
            Shard.of(1, List.of("a.A", "b.B"), false, 30),
            Shard.of(2, List.of("c.C"), true, 20),
            Shard.of(3, List.of(), false, 0),
            Shard.of(4, List.of("d.D"), false, 10));
    java.util.Map<String, UnitEstimate> estimates = new java.util.LinkedHashMap<>();
    for (String unit : List.of("d.D", "c.C", "new.N", "b.B", "a.A")) {
      estimates.put(unit, UnitEstimate.known(unit, 10, 1));
    }
    ShardPlan plan =
        new ShardPlan(Granularity.CLASS, shards, 25, 30, 4, 0, estimates, List.of("a \"note\""));

    assertThat(PlanJson.toJson(plan)).isEqualTo(jackson(plan));
  }

  /** The former writer: Jackson's generator with {@link DefaultPrettyPrinter}. */
  private static String jackson(ShardPlan plan) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter());
      g.writeStartObject();
      g.writeNumberField("version", ShardPlan.FORMAT_VERSION);
      g.writeStringField("granularity", plan.granularity().label());
      g.writeArrayFieldStart("shards");
      for (Shard s : plan.shards()) {
        g.writeStartObject();
        g.writeNumberField("index", s.index());
        if (s.catchAll()) {
          strings(g, "excludes", plan.excludesFor(s.index()));
          strings(g, "assigned", s.units());
        } else {
          strings(g, "units", s.units());
        }
        g.writeNumberField("predictedMillis", s.predictedMillis());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeNumberField("lowerBoundMillis", plan.lowerBoundMillis());
      g.writeNumberField("predictedMakespanMillis", plan.predictedMakespanMillis());
      g.writeNumberField("knownUnits", plan.knownUnits());
      g.writeNumberField("estimatedUnits", plan.estimatedUnits());
      g.writeObjectFieldStart("estimates");
      for (UnitEstimate e : plan.estimates().values()) {
        g.writeArrayFieldStart(e.unit());
        g.writeNumber(e.millis());
        g.writeNumber(e.samples());
        g.writeEndArray();
      }
      g.writeEndObject();
      strings(g, "notes", plan.notes());
      g.writeEndObject();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out + "\n";
  }

  private static void strings(JsonGenerator g, String name, List<String> values)
      throws IOException {
    g.writeArrayFieldStart(name);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }
}
