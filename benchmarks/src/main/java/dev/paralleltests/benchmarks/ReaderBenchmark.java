package dev.paralleltests.benchmarks;

import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.ReadResult;
import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.SecureXml;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Read throughput of the JUnit XML reader on a generated large report (target: 100 MB/s or more).
 * The {@code megabytes} counter is the figure to read: MB (10^6 bytes) of report read per second.
 * Three baselines compare parsers without our logic: the same event walk over Woodstox (what the
 * reader uses), the JDK's built-in StAX parser and Aalto, with DTDs and external entities off.
 *
 * <pre>
 * ./mvnw -B -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ReaderBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx256m"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ReaderBenchmark {

  /** Report size in MB (10^6 bytes). */
  @Param({"100"})
  public int sizeMb;

  private Path report;
  private long bytes;
  private long cases;

  /** Bytes read per second, reported by JMH as a rate next to the operations. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Throughput {
    public double megabytes;
  }

  /**
   * Totals per iteration for a figure that a shared, overloaded machine does not distort: MB read
   * divided by the CPU seconds the reading thread used ({@code cpuMegabytes / cpuSeconds}).
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class CpuTime {
    public double cpuMegabytes;
    public double cpuSeconds;
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  @Setup(Level.Trial)
  public void writeReport() throws IOException {
    report = Files.createTempFile("reader-benchmark-", ".xml");
    cases = ReaderReportGenerator.write(report, sizeMb * 1_000_000L);
    bytes = Files.size(report);
  }

  @TearDown(Level.Trial)
  public void deleteReport() throws IOException {
    Files.deleteIfExists(report);
  }

  @Benchmark
  public long readerFull(Throughput throughput, CpuTime cpu, Blackhole blackhole) {
    long start = THREADS.getCurrentThreadCpuTime();
    long result = read(JUnitXmlReader.full(), throughput, blackhole);
    count(cpu, start);
    return result;
  }

  @Benchmark
  public long readerTimingsOnly(Throughput throughput, CpuTime cpu, Blackhole blackhole) {
    long start = THREADS.getCurrentThreadCpuTime();
    long result = read(JUnitXmlReader.timingsOnly(), throughput, blackhole);
    count(cpu, start);
    return result;
  }

  @Benchmark
  public long woodstoxEventsOnly(Throughput throughput, CpuTime cpu) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    long result = walk(SecureXml.inputFactory(), throughput);
    count(cpu, start);
    return result;
  }

  @Benchmark
  public long jdkStaxEventsOnly(Throughput throughput, CpuTime cpu) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    XMLInputFactory jdk = XMLInputFactory.newDefaultFactory();
    jdk.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    jdk.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    long result = walk(jdk, throughput);
    count(cpu, start);
    return result;
  }

  @Benchmark
  public long aaltoEventsOnly(Throughput throughput, CpuTime cpu) throws Exception {
    long start = THREADS.getCurrentThreadCpuTime();
    XMLInputFactory aalto = new com.fasterxml.aalto.stax.InputFactoryImpl();
    aalto.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    aalto.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    long result = walk(aalto, throughput);
    count(cpu, start);
    return result;
  }

  private void count(CpuTime cpu, long startNanos) {
    cpu.cpuSeconds += (THREADS.getCurrentThreadCpuTime() - startNanos) / 1e9;
    cpu.cpuMegabytes += bytes / 1e6;
  }

  private long read(JUnitXmlReader reader, Throughput throughput, Blackhole blackhole) {
    ReportListener listener = (ReportedCase testCase) -> blackhole.consume(testCase);
    ReadResult result = reader.read(report, listener);
    if (result.cases() != cases || !result.isComplete()) {
      throw new IllegalStateException("read " + result + ", expected " + cases + " cases");
    }
    throughput.megabytes += bytes / 1e6;
    return result.cases();
  }

  /** Visits every event and the attributes of every test case, as any reader must. */
  private long walk(XMLInputFactory factory, Throughput throughput) throws Exception {
    long seen = 0;
    long attributeChars = 0;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(report), 64 * 1024)) {
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.START_ELEMENT
            && xml.getLocalName().equals("testcase")) {
          seen++;
          for (int i = 0; i < xml.getAttributeCount(); i++) {
            attributeChars += xml.getAttributeValue(i).length();
          }
        }
      }
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
    if (seen != cases) {
      throw new IllegalStateException("saw " + seen + " cases, expected " + cases);
    }
    throughput.megabytes += bytes / 1e6;
    return seen + attributeChars;
  }
}
