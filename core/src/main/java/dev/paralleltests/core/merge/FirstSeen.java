package dev.paralleltests.core.merge;

/**
 * The first test seen of each identity (suites, class and name), over every shard's tests: an
 * open-addressing table of the records themselves, since a key object and a map entry per test
 * would double what a merge of 100,000 tests allocates at its end.
 */
final class FirstSeen {
  private final TestRecord[] slots;
  private final int mask;

  /** A table for up to {@code tests} tests. */
  FirstSeen(int tests) {
    int size = Integer.highestOneBit(Math.max(2, tests) * 2 - 1) << 1;
    this.slots = new TestRecord[size];
    this.mask = size - 1;
  }

  /** The first test of {@code r}'s identity seen before it, else null (and {@code r} is kept). */
  TestRecord putIfAbsent(TestRecord r) {
    int hash = r.suitePath.hashCode();
    hash = 31 * hash + r.className.hashCode();
    hash = 31 * hash + r.name.hashCode();
    hash ^= hash >>> 16;
    for (int i = hash & mask; ; i = (i + 1) & mask) {
      TestRecord seen = slots[i];
      if (seen == null) {
        slots[i] = r;
        return null;
      }
      if (seen.name.equals(r.name)
          && seen.className.equals(r.className)
          && seen.suitePath.equals(r.suitePath)) {
        return seen;
      }
    }
  }
}
