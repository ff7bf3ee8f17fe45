package dev.paralleltests.benchmarks;

import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.ReadResult;
import dev.paralleltests.core.junit.SecureXml;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reading JUnit XML against the physical limit, on one file, interleaved: {@code cat FILE >
 * /dev/null} (a process, the page cache's speed), a bare StAX pass that does nothing per event (the
 * same hardened Woodstox factory the reader uses), and our reader, {@code timingsOnly()} and {@code
 * full()}. One warm-up round, then ROUNDS rounds; prints each one's median MB/s (wall and per
 * CPU-second of the reading thread) and its share of the bare pass. {@code
 * scripts/read-benchmark.sh} runs it; figures in docs/performance.md (Reading JUnit XML).
 *
 * <p>usage: {@code ReadLimits FILE [ROUNDS] [MB]}: FILE is generated (MB megabytes, default 100,
 * Surefire-style, ReaderReportGenerator) when it does not exist.
 */
public final class ReadLimits {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private ReadLimits() {}

  private interface Pass {
    long run(Path file) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args[0]);
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
    long mb = args.length > 2 ? Long.parseLong(args[2]) : 100;
    if (!Files.exists(file)) {
      ReaderReportGenerator.write(file, mb * 1_000_000L);
    }
    double megabytes = Files.size(file) / 1e6;
    Map<String, Pass> passes = new LinkedHashMap<>();
    passes.put("cat > /dev/null", ReadLimits::cat);
    passes.put("bare StAX pass (Woodstox)", ReadLimits::bare);
    passes.put("JUnitXmlReader.timingsOnly()", f -> read(JUnitXmlReader.timingsOnly(), f));
    passes.put("JUnitXmlReader.full()", f -> read(JUnitXmlReader.full(), f));
    Map<String, List<double[]>> results = new LinkedHashMap<>();
    for (int r = 0; r <= rounds; r++) {
      for (Map.Entry<String, Pass> p : passes.entrySet()) {
        long cpu0 = THREADS.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        p.getValue().run(file);
        double wall = (System.nanoTime() - t0) / 1e9;
        double cpu = (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9;
        if (r > 0) { // round 0 warms the JIT up
          results.computeIfAbsent(p.getKey(), k -> new ArrayList<>()).add(new double[] {wall, cpu});
        }
      }
    }
    System.out.printf(
        "%.0f MB, %d rounds, medians; load average %s%n",
        megabytes, rounds, Files.readString(Path.of("/proc/loadavg")).trim());
    System.out.println(
        "| pass | MB/s (wall) | MB per CPU-second | share of the bare pass (wall, CPU) |");
    System.out.println("|---|---:|---:|---:|");
    double[] bare = null;
    for (Map.Entry<String, List<double[]>> e : results.entrySet()) {
      double wall = median(e.getValue(), 0);
      double cpu = median(e.getValue(), 1);
      double[] rate = {megabytes / wall, megabytes / cpu};
      if (e.getKey().startsWith("bare")) {
        bare = rate;
      }
      boolean process = e.getKey().startsWith("cat");
      System.out.printf(
          "| %s | %.0f | %s | %s |%n",
          e.getKey(),
          rate[0],
          process ? "(a process)" : String.format("%.0f", rate[1]),
          bare == null || process
              ? ""
              : String.format("%.0f%%, %.0f%%", 100 * rate[0] / bare[0], 100 * rate[1] / bare[1]));
    }
  }

  private static double median(List<double[]> values, int index) {
    double[] v = values.stream().mapToDouble(a -> a[index]).sorted().toArray();
    return v[v.length / 2];
  }

  private static long cat(Path file) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder("cat", file.toString())
            .redirectOutput(ProcessBuilder.Redirect.DISCARD)
            .start();
    return p.waitFor();
  }

  private static long bare(Path file) throws IOException, XMLStreamException {
    long events = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 64 * 1024)) {
      XMLStreamReader xml = SecureXml.inputFactory().createXMLStreamReader(in);
      while (xml.hasNext()) {
        xml.next();
        events++;
      }
      xml.close();
    }
    return events;
  }

  private static long read(JUnitXmlReader reader, Path file) {
    ReadResult result = reader.read(file, testCase -> {});
    if (!result.isComplete()) {
      throw new IllegalStateException("incomplete read: " + result);
    }
    return result.cases();
  }
}
