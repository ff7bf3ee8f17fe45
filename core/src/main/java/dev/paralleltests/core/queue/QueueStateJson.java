package dev.paralleltests.core.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paralleltests.core.history.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * A queue's whole state as one JSON file, replaced atomically and durably after every change
 * ({@link AtomicFiles}: temporary file in the same directory, forced to disk, renamed, directory
 * forced), so that a crash leaves either the old or the new state, never a part, and a change
 * reported done (a claim handed out) is not undone by a crash. Reading checks every field and the
 * queue's invariant, and names the file in every error.
 */
final class QueueStateJson {

  static final int VERSION = 1;
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private QueueStateJson() {}

  static void write(WorkQueue q, Path file) throws IOException {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", VERSION);
    root.put("shards", q.shardCount());
    ObjectNode s = root.putObject("settings");
    s.put("firstShare", q.settings().firstShare());
    s.put("divisor", q.settings().divisor());
    s.put("startCostFactor", q.settings().startCostFactor());
    s.put("minBatchMillis", q.settings().minBatchMillis());
    s.put("wholePartBelowMillis", q.settings().wholePartBelowMillis());
    ArrayNode units = root.putArray("units");
    for (String u : q.units()) {
      ArrayNode unit = units.addArray().add(u).add(q.estimates().get(u)).add(q.home().get(u));
      if (q.unknownUnits().contains(u)) {
        unit.add("no history");
      }
    }
    root.put("catchAll", q.catchAllState().name().toLowerCase(java.util.Locale.ROOT));
    root.put("catchAllLostBy", q.catchAllLostBy());
    root.put("catchAllReserveMillis", q.catchAllReserveMillis());
    strings(root.putArray("pending"), q.pendingUnits());
    ObjectNode requeued = root.putObject("requeued");
    q.requeuedUnits().forEach(requeued::put);
    ArrayNode batches = root.putArray("batches");
    for (BatchRecord r : q.batches()) {
      ObjectNode b = batches.addObject();
      Batch batch = r.batch();
      b.put("id", batch.id());
      b.put("shard", batch.shard());
      strings(b.putArray("units"), batch.units());
      b.put("catchAll", batch.catchAll());
      b.put("attempt", batch.attempt());
      b.put("estimatedMillis", batch.estimatedMillis());
      b.put("claimedAt", batch.claimedAtMillis());
      b.put("status", r.status().label());
      b.put("endedAt", r.endedAtMillis());
      b.put("wallMillis", r.wallMillis());
      b.put("testMillis", r.testMillis());
      b.put("note", r.note());
      strings(b.putArray("salvaged"), r.salvaged());
    }
    strings(root.putArray("missing"), q.missingUnits());
    ArrayNode lost = root.putArray("lostShards");
    q.lostShards().stream().sorted().forEach(lost::add);
    if (q.stopReason().isPresent()) {
      root.put("stopReason", q.stopReason().get());
    }
    byte[] bytes = MAPPER.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    try {
      AtomicFiles.write(file, out -> out.write(bytes));
    } catch (IOException e) {
      // AtomicFiles may have named the file already ("cannot write FILE: No space left ...").
      String why = String.valueOf(e.getMessage());
      String named = "cannot write " + file + ": ";
      throw new IOException(
          "cannot write the queue state "
              + file
              + ": "
              + (why.startsWith(named) ? why.substring(named.length()) : why),
          e);
    }
  }

  static WorkQueue read(Path file, LongSupplier clock) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such queue state file", e);
    } catch (JsonProcessingException e) {
      throw new IOException(file + ": not a queue state file: " + e.getOriginalMessage(), e);
    }
    try {
      return parse(root, file, clock);
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      throw new IOException(file + ": inconsistent queue state: " + e.getMessage(), e);
    }
  }

  private static WorkQueue parse(JsonNode root, Path file, LongSupplier clock) throws IOException {
    if (root == null || !root.isObject()) {
      throw new IOException(file + ": not a queue state file (no JSON object)");
    }
    int version = integer(root, "version");
    if (version != VERSION) {
      throw new IOException(
          file + ": queue state version " + version + ", this version reads " + VERSION);
    }
    JsonNode s = field(root, "settings");
    QueueSettings settings =
        new QueueSettings(
            number(s, "firstShare"),
            number(s, "divisor"),
            number(s, "startCostFactor"),
            longValue(s, "minBatchMillis"),
            // Absent from state files written before the setting existed: their queue never
            // handed out a small part whole.
            s.has("wholePartBelowMillis") ? longValue(s, "wholePartBelowMillis") : 0);
    List<String> planUnits = new ArrayList<>();
    Map<String, Long> estimates = new LinkedHashMap<>();
    Map<String, Integer> home = new LinkedHashMap<>();
    List<String> unknown = new ArrayList<>();
    for (JsonNode u : array(root, "units")) {
      if (!u.isArray()
          || u.size() < 3
          || u.size() > 4
          || (u.size() == 4 && !"no history".equals(u.get(3).asText()))) {
        throw new IllegalArgumentException(
            "units: each entry is [name, millis, shard] or [name, millis, shard, \"no history\"]");
      }
      String name = u.get(0).asText();
      if (u.size() == 4) {
        unknown.add(name);
      }
      planUnits.add(name);
      estimates.put(name, u.get(1).asLong());
      home.put(name, u.get(2).asInt());
    }
    Map<String, Integer> requeued = new LinkedHashMap<>();
    field(root, "requeued")
        .fields()
        .forEachRemaining(e -> requeued.put(e.getKey(), e.getValue().asInt()));
    List<BatchRecord> batches = new ArrayList<>();
    for (JsonNode b : array(root, "batches")) {
      Batch batch =
          new Batch(
              integer(b, "id"),
              integer(b, "shard"),
              strings(b, "units"),
              field(b, "catchAll").asBoolean(),
              integer(b, "attempt"),
              longValue(b, "estimatedMillis"),
              longValue(b, "claimedAt"));
      batches.add(
          new BatchRecord(
              batch,
              BatchStatus.parse(text(b, "status")),
              longValue(b, "endedAt"),
              longValue(b, "wallMillis"),
              longValue(b, "testMillis"),
              text(b, "note"),
              strings(b, "salvaged")));
    }
    List<Integer> lost = new ArrayList<>();
    array(root, "lostShards").forEach(n -> lost.add(n.asInt()));
    JsonNode stop = root.get("stopReason");
    return new WorkQueue(
        file,
        clock,
        settings,
        integer(root, "shards"),
        planUnits,
        estimates,
        home,
        unknown,
        longValue(root, "catchAllReserveMillis"),
        strings(root, "pending"),
        requeued,
        WorkQueue.CatchAll.valueOf(text(root, "catchAll").toUpperCase(java.util.Locale.ROOT)),
        integer(root, "catchAllLostBy"),
        batches,
        strings(root, "missing"),
        lost,
        stop == null || stop.isNull() ? null : stop.asText());
  }

  private static JsonNode field(JsonNode node, String name) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("missing field '" + name + "'");
    }
    return value;
  }

  private static JsonNode array(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isArray()) {
      throw new IllegalArgumentException("'" + name + "' must be an array");
    }
    return value;
  }

  private static int integer(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isInt()) {
      throw new IllegalArgumentException("'" + name + "' must be an integer");
    }
    return value.asInt();
  }

  private static long longValue(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isIntegralNumber()) {
      throw new IllegalArgumentException("'" + name + "' must be an integer");
    }
    return value.asLong();
  }

  private static double number(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isNumber()) {
      throw new IllegalArgumentException("'" + name + "' must be a number");
    }
    return value.asDouble();
  }

  private static String text(JsonNode node, String name) {
    JsonNode value = field(node, name);
    if (!value.isTextual()) {
      throw new IllegalArgumentException("'" + name + "' must be a string");
    }
    return value.asText();
  }

  private static List<String> strings(JsonNode node, String name) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : array(node, name)) {
      if (!n.isTextual()) {
        throw new IllegalArgumentException("'" + name + "' must hold strings");
      }
      out.add(n.asText());
    }
    return out;
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }
}
