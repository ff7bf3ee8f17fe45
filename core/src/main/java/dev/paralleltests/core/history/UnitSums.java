package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One build's samples summed per unit at one granularity, as they are read: the unit a sample
 * belongs to is the one stored with it ({@link UnitNaming#stored()}), a sample without one is left
 * out, and a suite's own time counts at the class and file granularities only, exactly as {@link
 * TimingHistory} sums a build. Keeps a name and a {@code long} per unit, nothing per case.
 */
final class UnitSums implements BuildTimingsFile.SampleSink {
  private final Granularity granularity;
  private final Map<String, Integer> index = new HashMap<>();
  private String[] units = new String[64];
  private long[] millis = new long[64];
  private int size;
  // The unit of the last sample: a timings file groups a class's cases, so the next sample
  // usually belongs to the same unit and needs no lookup.
  private String lastUnit;
  private int lastIndex = -1;

  UnitSums(Granularity granularity) {
    this.granularity = granularity;
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
      Integer known = index.putIfAbsent(unit, size);
      if (known == null) {
        i = size++;
        if (i == units.length) {
          units = Arrays.copyOf(units, i * 2);
          millis = Arrays.copyOf(millis, i * 2);
        }
        units[i] = unit;
      } else {
        i = known;
      }
      lastUnit = unit;
      lastIndex = i;
    }
    millis[i] += sample;
  }

  BuildUnits build(String id, Instant recordedAt, boolean hasSamples) {
    return new BuildUnits(
        id, recordedAt, hasSamples, Arrays.copyOf(units, size), Arrays.copyOf(millis, size));
  }
}
