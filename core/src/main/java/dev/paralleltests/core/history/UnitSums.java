package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One build's samples summed per unit at one granularity, as they are read: the unit a sample
 * belongs to is the one stored with it ({@link UnitNaming#stored()}), a sample without one is left
 * out, and a suite's own time counts at the class and file granularities only, exactly as {@link
 * TimingHistory} sums a build. Keeps a name and a {@code long} per unit, nothing per case.
 */
final class UnitSums implements BuildTimingsFile.SampleSink {
  private final Granularity granularity;
  // Open addressing over the units' indexes (index + 1; 0 is free): no map entry or boxed index
  // per unit for the collector to move.
  private int[] slots;
  private String[] units;
  private long[] millis;
  private int size;
  // The unit of the last sample: a timings file groups a class's cases, so the next sample
  // usually belongs to the same unit and needs no lookup.
  private String lastUnit;
  private int lastIndex = -1;

  /**
   * @param expectedUnits about how many units the file holds (from its size): room made for them at
   *     once, instead of a dozen doublings, each hashing every unit met so far again
   */
  UnitSums(Granularity granularity, int expectedUnits) {
    this.granularity = granularity;
    int capacity = Integer.highestOneBit(Math.max(64, Math.min(expectedUnits, 1 << 24)) - 1) << 1;
    this.units = new String[capacity];
    this.millis = new long[capacity];
    this.slots = new int[capacity * 2];
  }

  @Override
  public void addCase(
      String className,
      String name,
      List<String> suitePath,
      String classUnit,
      String fileUnit,
      String testUnit,
      long millis) {
    add(
        switch (granularity) {
          case CLASS -> classUnit;
          case FILE -> fileUnit;
          case TEST ->
              testUnit != null ? testUnit : BuildTimingsFile.defaultTestUnit(className, name);
        },
        millis);
  }

  @Override
  public boolean needsCaseNames() {
    return granularity == Granularity.TEST; // a test's unit is named after its case by default
  }

  @Override
  public void addExtra(
      String className, List<String> suitePath, String classUnit, String fileUnit, long millis) {
    switch (granularity) {
      case CLASS -> add(classUnit, millis);
      case FILE -> add(fileUnit, millis);
      case TEST -> {
        // a suite's own time belongs to no test
      }
    }
  }

  private void add(String unit, long sample) {
    if (unit.isEmpty()) {
      return;
    }
    int i;
    if (unit == lastUnit) {
      i = lastIndex;
    } else {
      i = indexOf(unit);
      lastUnit = unit;
      lastIndex = i;
    }
    millis[i] += sample;
  }

  // The unit's index, added if new.
  private int indexOf(String unit) {
    int mask = slots.length - 1;
    int slot = spread(unit.hashCode()) & mask;
    while (slots[slot] != 0) {
      int i = slots[slot] - 1;
      if (units[i].equals(unit)) {
        return i;
      }
      slot = (slot + 1) & mask;
    }
    int i = size++;
    if (i == units.length) {
      units = Arrays.copyOf(units, i * 2);
      millis = Arrays.copyOf(millis, i * 2);
    }
    units[i] = unit;
    slots[slot] = i + 1;
    if (size * 2 > slots.length) {
      rehash();
    }
    return i;
  }

  private void rehash() {
    slots = new int[slots.length * 2];
    int mask = slots.length - 1;
    for (int i = 0; i < size; i++) {
      int slot = spread(units[i].hashCode()) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = i + 1;
    }
  }

  // Names that differ in one digit have neighbouring hash codes: mixed, so that linear probing
  // does not meet long runs of taken slots (docs/performance.md, Planning 100,000 units).
  private static int spread(int h) {
    h *= 0x9E3779B9;
    return h ^ (h >>> 16);
  }

  BuildUnits build(String id, Instant recordedAt, boolean hasSamples) {
    return new BuildUnits(
        id, recordedAt, hasSamples, Arrays.copyOf(units, size), Arrays.copyOf(millis, size));
  }
}
