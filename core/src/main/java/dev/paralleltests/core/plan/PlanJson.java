package dev.paralleltests.core.plan;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paralleltests.core.history.AtomicFiles;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.unit.Granularity;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A plan as JSON, the form {@code parallel-tests plan --format json} prints, {@code split --plan}
 * reads back, and the Jenkins plugin stores next to each build so that a restarted shard runs the
 * same tests:
 *
 * <pre>{@code
 * {
 *   "version" : 1,
 *   "granularity" : "class",
 *   "shards" : [
 *     { "index" : 1, "excludes" : [ "b.B", "c.C" ], "assigned" : [ "a.A" ], "predictedMillis" : 900 },
 *     { "index" : 2, "units" : [ "b.B", "c.C" ], "predictedMillis" : 1000 } ],
 *   "lowerBoundMillis" : 950,
 *   "predictedMakespanMillis" : 1000,
 *   "knownUnits" : 3,
 *   "estimatedUnits" : 0,
 *   "estimates" : { "a.A" : [ 900, 10 ], "b.B" : [ 600, 3 ], "c.C" : [ 400, 0 ] },
 *   "notes" : [ ]
 * }
 * }</pre>
 *
 * The catch-all shard carries {@code excludes} (every other shard's units) instead of {@code
 * units}, and its own planned units under {@code assigned}, so a merge can compare planned and
 * actual work. {@code estimates} and {@code notes} are optional when reading. Reading checks every
 * field and rejects versions other than {@link ShardPlan#FORMAT_VERSION}.
 */
public final class PlanJson {
  /**
   * Jackson, for reading only: made on first use, so that writing a plan (every {@code plan
   * --format json}) does not load and initialize the object mapper's few hundred classes.
   */
  private static final class Reading {
    static final ObjectMapper MAPPER = new ObjectMapper(new JsonFactory());
  }

  private PlanJson() {}

  /** The plan as pretty-printed JSON text, ending with a newline. */
  public static String toJson(ShardPlan plan) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(estimatedLength(plan));
    try {
      write(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a byte array does not fail
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  /**
   * Writes the plan to {@code out} as UTF-8 (not closed, flushed): the text Jackson's {@link
   * com.fasterxml.jackson.core.util.DefaultPrettyPrinter} gives (the format plans have always had;
   * {@code PlanJsonWriterTest} compares the two), by hand and as bytes. For 100,000 units the
   * generator and its pretty printer took a sixth of a plan's CPU time, and encoding the text's
   * characters again through a writer another tenth (docs/performance.md).
   */
  public static void write(ShardPlan plan, OutputStream out) throws IOException {
    JsonBytes j = new JsonBytes(out);
    // Each unit is written two or three times (its shard, the catch-all's excludes, estimates):
    // encoded once, then copied; for 100,000 units, reading 100,000 scattered strings again cost
    // more than writing their bytes.
    PlannedUnitsText units = PlannedUnitsText.of(plan);
    byte[] nl = System.lineSeparator().getBytes(StandardCharsets.US_ASCII);
    j.raw("{").raw(nl).raw("  \"version\" : ").number(ShardPlan.FORMAT_VERSION);
    j.raw(",").raw(nl).raw("  \"granularity\" : ").string(plan.granularity().label());
    j.raw(",").raw(nl).raw("  \"shards\" : [");
    for (int i = 0; i < plan.shards().size(); i++) {
      Shard s = plan.shards().get(i);
      j.raw(i == 0 ? " {" : ", {").raw(nl);
      j.raw("    \"index\" : ").number(s.index());
      j.raw(",").raw(nl).raw("    ");
      if (s.catchAll()) {
        // plan.excludesFor(index), without a list of every other unit
        j.string("excludes").raw(" : [");
        units.writeAllBut(i, j);
        j.raw(" ]");
        j.raw(",").raw(nl).raw("    ");
        j.string("assigned").raw(" : [");
      } else {
        j.string("units").raw(" : [");
      }
      units.writeShard(i, j);
      j.raw(" ]");
      j.raw(",").raw(nl).raw("    \"predictedMillis\" : ").number(s.predictedMillis());
      j.raw(nl).raw("  }");
    }
    j.raw(" ]");
    j.raw(",").raw(nl).raw("  \"lowerBoundMillis\" : ").number(plan.lowerBoundMillis());
    j.raw(",").raw(nl).raw("  \"predictedMakespanMillis\" : ");
    j.number(plan.predictedMakespanMillis());
    j.raw(",").raw(nl).raw("  \"knownUnits\" : ").number(plan.knownUnits());
    j.raw(",").raw(nl).raw("  \"estimatedUnits\" : ").number(plan.estimatedUnits());
    j.raw(",").raw(nl).raw("  \"estimates\" : {");
    if (plan.estimates().isEmpty()) {
      j.raw(" }");
    } else {
      int i = 0;
      for (UnitEstimate e : plan.estimates().values()) {
        // [millis, samples]: one short line per unit, even for 100,000 units
        j.raw(i == 0 ? "" : ",").raw(nl).raw("    ");
        units.writeName(i++, e.unit(), j);
        j.raw(" : [ ").number(e.millis()).raw(", ").number(e.samples()).raw(" ]");
      }
      j.raw(nl).raw("  }");
    }
    j.raw(",").raw(nl).raw("  \"notes\" : [");
    for (int i = 0; i < plan.notes().size(); i++) {
      j.raw(i == 0 ? " " : ", ").string(plan.notes().get(i));
    }
    j.raw(" ]");
    j.raw(nl).raw("}").raw("\n");
    j.flush();
  }

  private static int estimatedLength(ShardPlan plan) {
    // Each unit appears twice (in its shard and in the estimates): about 100 bytes a unit.
    return (int) Math.min(1 << 28, 256 + 100L * plan.estimates().size());
  }

  /**
   * Writes the plan to a file atomically and durably ({@link AtomicFiles}: a temporary file in the
   * same directory, forced to disk, renamed, the directory forced), so a reader never sees half a
   * plan, and a queue-mode build that reads its plan on every claim finds it whole after a
   * controller crash.
   */
  public static void write(ShardPlan plan, Path file) throws IOException {
    AtomicFiles.write(file, out -> write(plan, out));
  }

  /** Reads a plan file. */
  public static ShardPlan read(Path file) throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(r, file.toString());
    }
  }

  /** Reads a plan from JSON text; {@code source} names it in error messages. */
  public static ShardPlan parse(String json, String source) throws InvalidPlanException {
    try {
      return fromTree(Reading.MAPPER.readTree(json), source);
    } catch (JsonProcessingException e) {
      throw notJson(source, e);
    }
  }

  /** Reads a plan; {@code source} names it in error messages. */
  public static ShardPlan read(Reader in, String source) throws IOException {
    JsonNode root;
    try {
      root = Reading.MAPPER.readTree(in);
    } catch (JsonProcessingException e) {
      throw notJson(source, e);
    }
    return fromTree(root, source);
  }

  private static InvalidPlanException notJson(String source, JsonProcessingException e) {
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return new InvalidPlanException(
        source + ": not a plan, malformed JSON" + where + ": " + reason(e), e);
  }

  /** The parser's reason without its internals (source descriptions, feature names). */
  private static String reason(JsonProcessingException e) {
    if (e instanceof com.fasterxml.jackson.core.io.JsonEOFException) {
      return "the file ends before the JSON does (truncated?)";
    }
    String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    return message
        .replaceAll("(?s)\\s*\\(start marker at \\[Source:.*", "")
        .replaceAll("(?s)\\s*(at )?\\[Source:.*", "")
        .strip();
  }

  private static ShardPlan fromTree(JsonNode root, String source) throws InvalidPlanException {
    Fields f = new Fields(source);
    if (root == null || root.isMissingNode() || !root.isObject()) {
      throw f.error("", "expected a JSON object (a plan written by 'plan --format json')");
    }
    long version = f.number(root, "version");
    if (version != ShardPlan.FORMAT_VERSION) {
      throw f.error(
          "version",
          "unsupported plan version "
              + version
              + "; this version of Parallel Tests reads version "
              + ShardPlan.FORMAT_VERSION);
    }
    Granularity granularity;
    String g = f.text(root, "granularity");
    try {
      granularity = Granularity.parse(g);
    } catch (IllegalArgumentException e) {
      throw f.error("granularity", e.getMessage());
    }
    JsonNode shardsNode = root.get("shards");
    if (shardsNode == null || !shardsNode.isArray() || shardsNode.isEmpty()) {
      throw f.error("shards", "expected a non-empty array of shards");
    }
    List<Shard> shards = new ArrayList<>();
    List<String> catchAllExcludes = null;
    int catchAllIndex = -1;
    Map<String, Integer> shardOfUnit = new HashMap<>();
    for (int i = 0; i < shardsNode.size(); i++) {
      String at = "shards[" + i + "]";
      JsonNode s = shardsNode.get(i);
      if (!s.isObject()) {
        throw f.error(at, "expected an object");
      }
      long index = f.number(s, at, "index");
      if (index != i + 1) {
        throw f.error(
            at + ".index", "expected " + (i + 1) + " (shards are numbered 1..n in order)");
      }
      long predicted = f.number(s, at, "predictedMillis");
      boolean hasUnits = s.has("units");
      boolean hasExcludes = s.has("excludes");
      if (hasUnits == hasExcludes) {
        throw f.error(at, "expected exactly one of 'units' and 'excludes'");
      }
      List<String> units;
      if (hasExcludes) {
        if (catchAllIndex > 0) {
          throw f.error(
              at + ".excludes",
              "only one shard may carry 'excludes'; shard " + catchAllIndex + " already does");
        }
        catchAllIndex = i + 1;
        catchAllExcludes = f.strings(s, at, "excludes");
        units = s.has("assigned") ? f.strings(s, at, "assigned") : List.of();
      } else {
        if (s.has("assigned")) {
          throw f.error(at + ".assigned", "only the catch-all shard (with 'excludes') has it");
        }
        units = f.strings(s, at, "units");
        if (units.isEmpty()) {
          throw f.error(
              at + ".units", "empty; an empty inclusion list would make a runner run every test");
        }
      }
      for (String unit : units) {
        Integer previous = shardOfUnit.put(unit, i + 1);
        if (previous != null) {
          throw f.error(at, "unit " + unit + " is in shard " + previous + " and shard " + (i + 1));
        }
      }
      shards.add(new Shard(i + 1, units, hasExcludes, predicted));
    }
    if (catchAllExcludes != null) {
      Set<String> others = new HashSet<>();
      for (Shard s : shards) {
        if (!s.catchAll()) {
          others.addAll(s.units());
        }
      }
      Set<String> excluded = new HashSet<>(catchAllExcludes);
      if (!excluded.equals(others)) {
        throw f.error(
            "shards[" + (catchAllIndex - 1) + "].excludes",
            "must list exactly the units of the other shards; " + difference(excluded, others));
      }
    }
    long lowerBound = f.number(root, "lowerBoundMillis");
    long makespan = f.number(root, "predictedMakespanMillis");
    long known = f.number(root, "knownUnits");
    long estimated = f.number(root, "estimatedUnits");
    Map<String, UnitEstimate> estimates = new LinkedHashMap<>();
    JsonNode est = root.get("estimates");
    if (est != null && !est.isNull()) {
      if (!est.isObject()) {
        throw f.error("estimates", "expected an object of unit -> [millis, samples]");
      }
      Iterator<Map.Entry<String, JsonNode>> it = est.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        String at = "estimates." + e.getKey();
        JsonNode pair = e.getValue();
        if (!pair.isArray() || pair.size() != 2 || !isCount(pair.get(0)) || !isCount(pair.get(1))) {
          throw f.error(at, "expected [millis, samples], two non-negative integers, found " + pair);
        }
        if (!shardOfUnit.containsKey(e.getKey())) {
          throw f.error(at, "not a unit of any shard");
        }
        long millis = pair.get(0).longValue();
        long samples = pair.get(1).longValue();
        if (samples > Integer.MAX_VALUE) {
          throw f.error(at + ".samples", "too large");
        }
        estimates.put(e.getKey(), new UnitEstimate(e.getKey(), millis, (int) samples));
      }
    }
    List<String> notes = root.has("notes") ? f.strings(root, "", "notes") : List.of();
    if (known > Integer.MAX_VALUE || estimated > Integer.MAX_VALUE) {
      throw f.error("knownUnits", "too large");
    }
    return new ShardPlan(
        granularity, shards, lowerBound, makespan, (int) known, (int) estimated, estimates, notes);
  }

  private static boolean isCount(JsonNode n) {
    return n.isIntegralNumber() && n.canConvertToLong() && n.longValue() >= 0;
  }

  private static String difference(Set<String> excluded, Set<String> others) {
    for (String u : others) {
      if (!excluded.contains(u)) {
        return "missing " + u;
      }
    }
    for (String u : excluded) {
      if (!others.contains(u)) {
        return u + " is in no other shard";
      }
    }
    return "";
  }

  /** Field access with errors that say which field of which file is wrong. */
  private record Fields(String source) {
    InvalidPlanException error(String field, String message) {
      return new InvalidPlanException(
          source + ": " + (field.isEmpty() ? "" : "field '" + field + "': ") + message);
    }

    long number(JsonNode node, String field) throws InvalidPlanException {
      return number(node, "", field);
    }

    long number(JsonNode node, String parent, String field) throws InvalidPlanException {
      String path = parent.isEmpty() ? field : parent + "." + field;
      JsonNode v = node.get(field);
      if (v == null) {
        throw error(path, "missing");
      }
      if (!v.isIntegralNumber() || !v.canConvertToLong() || v.longValue() < 0) {
        throw error(path, "expected a non-negative integer, found " + v);
      }
      return v.longValue();
    }

    String text(JsonNode node, String field) throws InvalidPlanException {
      JsonNode v = node.get(field);
      if (v == null) {
        throw error(field, "missing");
      }
      if (!v.isTextual()) {
        throw error(field, "expected a string, found " + v);
      }
      return v.textValue();
    }

    List<String> strings(JsonNode node, String parent, String field) throws InvalidPlanException {
      String path = parent.isEmpty() ? field : parent + "." + field;
      JsonNode v = node.get(field);
      if (v == null) {
        throw error(path, "missing");
      }
      if (!v.isArray()) {
        throw error(path, "expected an array of strings");
      }
      List<String> out = new ArrayList<>(v.size());
      for (int i = 0; i < v.size(); i++) {
        JsonNode e = v.get(i);
        if (!e.isTextual() || e.textValue().isBlank()) {
          throw error(path + "[" + i + "]", "expected a non-blank string, found " + e);
        }
        out.add(e.textValue());
      }
      return out;
    }
  }
}
