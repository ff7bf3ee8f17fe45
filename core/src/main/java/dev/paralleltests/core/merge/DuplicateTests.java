package dev.paralleltests.core.merge;

import dev.paralleltests.core.junit.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tests that ran in more than one shard: both are kept, and a person should hear of it. Each test
 * is compared with the first test of its identity (suites, class and name) seen before it, over
 * every shard's tests in shard order. The table holds the records themselves and their hashes (a
 * key object and a map entry per test would double what a merge of 100,000 tests allocates), and
 * tests are added shard by shard as each shard is read.
 */
final class DuplicateTests {
  private final int maxWarnings;
  private final List<String> warnings = new ArrayList<>();
  private int found;
  private TestRecord[] slots = new TestRecord[1024];
  private int[] hashes = new int[1024];
  private int size;

  DuplicateTests(int maxWarnings) {
    this.maxWarnings = maxWarnings;
  }

  /** The next test, whose outcome is final. */
  void add(TestRecord r) {
    TestRecord earlier = putIfAbsent(r);
    if (earlier == null || earlier.shard == r.shard) {
      return; // a test seen twice in one shard is two tests (Mocha, Jest) or its retries
    }
    found++;
    if (found > maxWarnings) {
      return;
    }
    String name = r.className.isEmpty() ? r.name : r.className + "." + r.name;
    Outcome a = earlier.finalOutcome();
    Outcome b = r.finalOutcome();
    warnings.add(
        a == b
            ? name + " ran in shards " + earlier.shard + " and " + r.shard + "; kept both"
            : name
                + " ran in shards "
                + earlier.shard
                + " and "
                + r.shard
                + " with conflicting outcomes ("
                + label(a)
                + " in shard "
                + earlier.shard
                + ", "
                + label(b)
                + " in shard "
                + r.shard
                + "); kept both");
  }

  /** One line per test that ran twice, at most the limit, then how many more there were. */
  List<String> warnings() {
    List<String> all = new ArrayList<>(warnings);
    if (found > maxWarnings) {
      all.add((found - maxWarnings) + " more tests ran in more than one shard (not listed)");
    }
    return all;
  }

  private TestRecord putIfAbsent(TestRecord r) {
    int hash = r.suitePath.hashCode();
    hash = 31 * hash + r.className.hashCode();
    hash = 31 * hash + r.name.hashCode();
    int mask = slots.length - 1;
    for (int i = slot(hash, mask); ; i = (i + 1) & mask) {
      TestRecord seen = slots[i];
      if (seen == null) {
        slots[i] = r;
        hashes[i] = hash;
        if (++size * 2 > slots.length) {
          grow();
        }
        return null;
      }
      if (hashes[i] == hash
          && seen.name.equals(r.name)
          && seen.className.equals(r.className)
          && seen.suitePath.equals(r.suitePath)) {
        return seen;
      }
    }
  }

  private void grow() {
    TestRecord[] oldSlots = slots;
    int[] oldHashes = hashes;
    slots = new TestRecord[oldSlots.length * 2];
    hashes = new int[oldSlots.length * 2];
    int mask = slots.length - 1;
    for (int j = 0; j < oldSlots.length; j++) {
      if (oldSlots[j] != null) {
        int i = slot(oldHashes[j], mask);
        while (slots[i] != null) {
          i = (i + 1) & mask;
        }
        slots[i] = oldSlots[j];
        hashes[i] = oldHashes[j];
      }
    }
  }

  /**
   * Where a hash starts probing: its bits mixed by a multiplier, since the names of one class's
   * tests hash to nearby values that would otherwise crowd into one long run of slots.
   */
  private static int slot(int hash, int mask) {
    return (hash * 0x9E3779B9) >>> Integer.numberOfLeadingZeros(mask);
  }

  private static String label(Outcome o) {
    return o.name().toLowerCase(Locale.ROOT);
  }
}
