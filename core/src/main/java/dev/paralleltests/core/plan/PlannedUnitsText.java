package dev.paralleltests.core.plan;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

/**
 * The unit names of a plan's shards as JSON array elements, encoded once, shard after shard: what
 * {@link PlanJson} copies into each shard's list, the catch-all's excludes and the estimates,
 * instead of reading and encoding each name two or three times (for 100,000 units, reading the
 * scattered strings again cost more than the copying).
 */
final class PlannedUnitsText {
  // Every unit as ", \"name\"", in shard order; unit k's element is text[start[k], start[k + 1]).
  private final byte[] text;
  private final int[] start;
  // Shard i's units are units shardFirst[i] to shardFirst[i + 1] - 1.
  private final int[] shardFirst;
  // Unit k's name, the plan's own string: an estimate whose name is this very string is unit k.
  private final String[] names;

  private PlannedUnitsText(byte[] text, int[] start, int[] shardFirst, String[] names) {
    this.text = text;
    this.start = start;
    this.shardFirst = shardFirst;
    this.names = names;
  }

  static PlannedUnitsText of(ShardPlan plan) throws IOException {
    List<Shard> shards = plan.shards();
    int total = 0;
    for (Shard s : shards) {
      total += s.units().size();
    }
    String[] names = new String[total];
    int[] start = new int[total + 1];
    int[] shardFirst = new int[shards.size() + 1];
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(Math.max(32, 40 * total));
    JsonBytes encoder = new JsonBytes(bytes);
    int k = 0;
    for (int i = 0; i < shards.size(); i++) {
      shardFirst[i] = k;
      for (String unit : shards.get(i).units()) {
        names[k] = unit;
        start[k++] = Math.toIntExact(encoder.position());
        encoder.raw(", ").string(unit);
      }
    }
    shardFirst[shards.size()] = k;
    start[k] = Math.toIntExact(encoder.position());
    encoder.flush();
    return new PlannedUnitsText(bytes.toByteArray(), start, shardFirst, names);
  }

  /** The elements of shard {@code i}'s units ({@code "a", "b"}); nothing when it has none. */
  void writeShard(int i, JsonBytes out) throws IOException {
    elements(shardFirst[i], shardFirst[i + 1], true, out);
  }

  /** The elements of every unit not in shard {@code i}, in shard order. */
  void writeAllBut(int i, JsonBytes out) throws IOException {
    int before = shardFirst[i];
    elements(0, before, true, out);
    elements(shardFirst[i + 1], names.length, before == 0, out);
  }

  /** Unit {@code k}'s name as a JSON string when it is {@code name}, else {@code name} encoded. */
  void writeName(int k, String name, JsonBytes out) throws IOException {
    if (k < names.length && names[k] == name) {
      out.bytes(text, start[k] + 2, start[k + 1]); // without the ", "
    } else {
      out.string(name);
    }
  }

  private void elements(int from, int to, boolean first, JsonBytes out) throws IOException {
    if (from == to) {
      return;
    }
    if (first) {
      out.raw(" ").bytes(text, start[from] + 2, start[to]);
    } else {
      out.bytes(text, start[from], start[to]);
    }
  }
}
