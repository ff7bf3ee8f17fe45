package dev.paralleltests.core.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * The JSON form of a {@link RunSummary}: for scripts, dashboards and the plugin's per-build file.
 * Field names are stable within a {@link #FORMAT_VERSION}; times are milliseconds; absent optional
 * values are omitted. {@link #read} reads back what {@link #write} wrote.
 */
public final class SummaryJson {

  /** Version of the JSON form; bumped on any incompatible change. */
  public static final int FORMAT_VERSION = 1;

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private SummaryJson() {}

  /** The summary as pretty-printed JSON. */
  public static String write(RunSummary s) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("format", FORMAT_VERSION);
    root.put("status", s.status().label());
    root.put("green", s.isGreen());
    ObjectNode totals = root.putObject("totals");
    putTotals(totals, s.totals());
    root.put("wallMillis", s.wallMillis());
    root.put("machineMillis", s.machineMillis());
    root.put("testMillis", s.testMillis());
    root.put("lowerBoundMillis", s.lowerBoundMillis());
    root.put("imbalance", round(s.imbalance()));
    root.put("speedUpOverSerial", round(s.speedUpOverSerial()));
    s.plannedMakespanMillis().ifPresent(v -> root.put("plannedMakespanMillis", v));
    s.estimatedUnits().ifPresent(v -> root.put("estimatedUnits", v));
    ArrayNode shards = root.putArray("shards");
    for (ShardSummary shard : s.shards()) {
      ObjectNode n = shards.addObject();
      n.put("index", shard.index());
      n.put("status", shard.status().label());
      putTotals(n, shard.totals());
      shard.plannedMillis().ifPresent(v -> n.put("plannedMillis", v));
      shard.plannedUnits().ifPresent(v -> n.put("plannedUnits", v));
      shard.actualMillis().ifPresent(v -> n.put("actualMillis", v));
      n.put("attempts", shard.attempts());
      n.put("reportFiles", shard.reportFiles());
      if (!shard.agent().isEmpty()) {
        n.put("agent", shard.agent());
      }
      if (!shard.image().isEmpty()) {
        n.put("image", shard.image());
      }
    }
    putTimings(root.putArray("slowestTests"), s.slowestTests());
    putTimings(root.putArray("slowestUnits"), s.slowestUnits());
    putFailures(root.putArray("failures"), s.failures());
    putFailures(root.putArray("flakyTests"), s.flakyTests());
    s.warnings().forEach(root.putArray("warnings")::add);
    s.problemMessages().forEach(root.putArray("problems")::add);
    ArrayNode details = root.putArray("problemDetails");
    for (RunProblem p : s.problems()) {
      ObjectNode d = details.addObject();
      d.put("kind", p.kind().label());
      if (p.shard() > 0) {
        d.put("shard", p.shard());
      }
      d.put("message", p.message());
      if (!p.units().isEmpty()) {
        p.units().forEach(d.putArray("units")::add);
      }
    }
    try {
      return MAPPER.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  /**
   * Reads a summary written by {@link #write}.
   *
   * @throws IllegalArgumentException when the text is not such a summary, naming what is wrong
   */
  public static RunSummary read(String json) {
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a JSON run summary: " + e.getOriginalMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("not a JSON run summary: expected an object");
    }
    int format = root.path("format").asInt(-1);
    if (format != FORMAT_VERSION) {
      throw new IllegalArgumentException(
          "unsupported run summary format " + format + " (expected " + FORMAT_VERSION + ")");
    }
    List<ShardSummary> shards = new ArrayList<>();
    for (JsonNode n : root.path("shards")) {
      shards.add(
          new ShardSummary(
              n.path("index").asInt(),
              ShardStatus.valueOf(
                  n.path("status").asText().toUpperCase(java.util.Locale.ROOT).replace('-', '_')),
              totals(n),
              optLong(n, "plannedMillis"),
              n.has("plannedUnits")
                  ? OptionalInt.of(n.get("plannedUnits").asInt())
                  : OptionalInt.empty(),
              optLong(n, "actualMillis"),
              n.path("attempts").asInt(1),
              n.path("reportFiles").asInt(),
              n.path("agent").asText(""),
              n.path("image").asText("")));
    }
    return new RunSummary(
        totals(root.path("totals")),
        shards,
        root.path("wallMillis").asLong(),
        root.path("machineMillis").asLong(),
        // written before test time was its own figure: machine time was then the reports' time
        root.has("testMillis")
            ? root.path("testMillis").asLong()
            : root.path("machineMillis").asLong(),
        root.path("lowerBoundMillis").asLong(),
        optLong(root, "plannedMakespanMillis"),
        root.has("estimatedUnits")
            ? OptionalInt.of(root.get("estimatedUnits").asInt())
            : OptionalInt.empty(),
        timings(root.path("slowestTests")),
        timings(root.path("slowestUnits")),
        failures(root.path("failures"), false),
        failures(root.path("flakyTests"), true),
        strings(root.path("warnings")),
        problems(root));
  }

  private static void putTotals(ObjectNode n, Totals t) {
    n.put("tests", t.tests());
    n.put("passed", t.passed());
    n.put("failed", t.failed());
    n.put("errors", t.errors());
    n.put("skipped", t.skipped());
    n.put("flaky", t.flaky());
  }

  private static Totals totals(JsonNode n) {
    return Totals.of(
        n.path("passed").asInt(),
        n.path("failed").asInt(),
        n.path("errors").asInt(),
        n.path("skipped").asInt(),
        n.path("flaky").asInt());
  }

  private static void putTimings(ArrayNode array, List<TestTiming> timings) {
    for (TestTiming t : timings) {
      ObjectNode n = array.addObject();
      n.put("shard", t.shard());
      n.put("className", t.className());
      n.put("name", t.name());
      n.put("millis", t.millis());
    }
  }

  private static List<TestTiming> timings(JsonNode array) {
    List<TestTiming> list = new ArrayList<>();
    for (JsonNode n : array) {
      list.add(
          new TestTiming(
              n.path("shard").asInt(),
              n.path("className").asText(""),
              n.path("name").asText(""),
              n.path("millis").asLong()));
    }
    return list;
  }

  private static void putFailures(ArrayNode array, List<FailedTest> failures) {
    for (FailedTest f : failures) {
      ObjectNode n = array.addObject();
      n.put("shard", f.shard());
      n.put("className", f.className());
      n.put("name", f.name());
      n.put("error", f.error());
      n.put("attempts", f.attempts());
      n.put("message", f.message());
      f.messages().forEach(n.putArray("messages")::add);
      n.put("details", f.details());
      n.put("output", f.output());
    }
  }

  private static List<FailedTest> failures(JsonNode array, boolean flaky) {
    List<FailedTest> list = new ArrayList<>();
    for (JsonNode n : array) {
      list.add(
          new FailedTest(
              n.path("shard").asInt(),
              n.path("className").asText(""),
              n.path("name").asText(""),
              n.path("error").asBoolean(),
              flaky,
              n.path("attempts").asInt(1),
              strings(n.path("messages")),
              n.path("details").asText(""),
              n.path("output").asText("")));
    }
    return list;
  }

  /** The problems with their kinds; from a summary written before kinds, of no known kind. */
  private static List<RunProblem> problems(JsonNode root) {
    List<RunProblem> problems = new ArrayList<>();
    if (root.has("problemDetails")) {
      for (JsonNode d : root.path("problemDetails")) {
        problems.add(
            new RunProblem(
                RunProblem.Kind.fromLabel(d.path("kind").asText()),
                d.path("shard").asInt(0),
                d.path("message").asText(""),
                strings(d.path("units"))));
      }
    } else {
      strings(root.path("problems")).forEach(m -> problems.add(RunProblem.other(m)));
    }
    return problems;
  }

  private static List<String> strings(JsonNode array) {
    List<String> list = new ArrayList<>();
    array.forEach(n -> list.add(n.asText()));
    return list;
  }

  private static OptionalLong optLong(JsonNode n, String field) {
    return n.has(field) ? OptionalLong.of(n.get(field).asLong()) : OptionalLong.empty();
  }

  private static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
