package dev.paralleltests.core.junit;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;

/**
 * Reads one report in a JVM started with a small {@code -Xmx}: finishing at all proves the reader's
 * heap does not grow with the file. Prints {@code cases=N kept=M complete=B}, then on a second line
 * the largest heap growth after GC seen every 100,000 cases, in KiB.
 */
final class BoundedMemoryRead {

  private BoundedMemoryRead() {}

  public static void main(String[] args) {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    long baseline = usedAfterGc(memory);
    long[] kept = new long[1];
    long[] growth = new long[1];
    long[] seen = new long[1];
    ReadResult result =
        JUnitXmlReader.full()
            .read(
                Path.of(args[0]),
                testCase -> {
                  kept[0] = Math.max(kept[0], testCase.systemOut().length());
                  if (++seen[0] % 100_000 == 0) {
                    growth[0] = Math.max(growth[0], usedAfterGc(memory) - baseline);
                  }
                });
    System.out.println(
        "cases=" + result.cases() + " kept=" + kept[0] + " complete=" + result.isComplete());
    System.out.println(growth[0] / 1024);
  }

  private static long usedAfterGc(MemoryMXBean memory) {
    System.gc();
    return memory.getHeapMemoryUsage().getUsed();
  }
}
