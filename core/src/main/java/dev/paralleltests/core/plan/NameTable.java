package dev.paralleltests.core.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Unit names mapped to small non-negative numbers (a shard's index, a position), in two arrays with
 * open addressing: what the planner's checks need of a hash map, without an entry object per name.
 * For 100,000 units a {@code HashMap} allocates 100,000 entries twice per plan, which the collector
 * then copies; this allocates two arrays.
 */
final class NameTable {
  /** What {@link #get} and {@link #put} return for a name not in the table. */
  static final int ABSENT = -1;

  private String[] names;
  private int[] values;
  private int size;

  NameTable(int expected) {
    int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
    names = new String[capacity];
    values = new int[capacity];
  }

  int size() {
    return size;
  }

  /** The number of {@code name}, or {@link #ABSENT}. */
  int get(String name) {
    int mask = names.length - 1;
    for (int i = slot(name, mask); ; i = (i + 1) & mask) {
      String there = names[i];
      if (there == null) {
        return ABSENT;
      }
      if (there.equals(name)) {
        return values[i];
      }
    }
  }

  /**
   * Maps {@code name} to {@code value} (not negative) unless it is there already.
   *
   * @return the number it had before, or {@link #ABSENT} if it was added
   */
  int putIfAbsent(String name, int value) {
    if (value < 0) {
      throw new IllegalArgumentException("negative value " + value);
    }
    if (2 * (size + 1) > names.length) {
      grow();
    }
    int mask = names.length - 1;
    for (int i = slot(name, mask); ; i = (i + 1) & mask) {
      String there = names[i];
      if (there == null) {
        names[i] = name;
        values[i] = value;
        size++;
        return ABSENT;
      }
      if (there.equals(name)) {
        return values[i];
      }
    }
  }

  /** Every name in the table, in no particular order. */
  List<String> names() {
    List<String> all = new ArrayList<>(size);
    for (String n : names) {
      if (n != null) {
        all.add(n);
      }
    }
    return all;
  }

  private void grow() {
    String[] oldNames = names;
    int[] oldValues = values;
    names = new String[oldNames.length * 2];
    values = new int[oldNames.length * 2];
    size = 0;
    for (int i = 0; i < oldNames.length; i++) {
      if (oldNames[i] != null) {
        putIfAbsent(oldNames[i], oldValues[i]);
      }
    }
  }

  private static int slot(String name, int mask) {
    int h = name.hashCode();
    return (h ^ (h >>> 16)) & mask;
  }
}
