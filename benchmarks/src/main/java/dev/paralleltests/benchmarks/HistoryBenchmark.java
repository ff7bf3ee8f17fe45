package dev.paralleltests.benchmarks;

import dev.paralleltests.core.history.BuildStats;
import dev.paralleltests.core.history.BuildTimings;
import dev.paralleltests.core.history.BuildTimingsFile;
import dev.paralleltests.core.history.EstimateOptions;
import dev.paralleltests.core.history.Estimates;
import dev.paralleltests.core.history.HistoryLoad;
import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.history.TestCaseId;
import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.history.TimingHistoryStore;
import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The timing history at the size the targets name: 30 recorded builds of 10,000 test cases (1,000
 * classes of 10), with 5% of the tests new in each build. Measures loading the store, estimating
 * every class and every test, and writing one build's file; prints the size of one build's file.
 *
 * <p>{@code java -jar benchmarks/target/benchmarks.jar HistoryBenchmark} (JMH, wall time), or
 * {@code java -cp benchmarks/target/benchmarks.jar dev.paralleltests.benchmarks.HistoryBenchmark}
 * for each operation's CPU time, which a shared, busy machine distorts far less.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class HistoryBenchmark {

  static final int BUILDS = 30;
  static final int CLASSES = 1_000;
  static final int TESTS_PER_CLASS = 10;

  private Path directory;
  private TimingHistoryStore store;
  private TimingHistory history;
  private RecordedBuild lastBuild;
  private List<String> classes;
  private List<String> tests;

  @Setup
  public void setUp() throws IOException {
    directory = Files.createTempDirectory("history-benchmark");
    store = TimingHistoryStore.at(directory);
    Random random = new Random(42);
    int generation = 0;
    for (int b = 1; b <= BUILDS; b++) {
      BuildTimings.Builder timings = BuildTimings.builder();
      generation += CLASSES * TESTS_PER_CLASS / 20; // 5% of the tests are renamed or new
      for (int c = 0; c < CLASSES; c++) {
        String cls =
            "org.example.module" + (c % 17) + ".feature" + (c % 89) + ".Generated" + c + "Test";
        String file = "module" + (c % 17) + "/src/test/java/" + cls.replace('.', '/') + ".java";
        for (int t = 0; t < TESTS_PER_CLASS; t++) {
          int serial = c * TESTS_PER_CLASS + t;
          String name =
              serial < generation % (CLASSES * TESTS_PER_CLASS)
                  ? "shouldHandleCase" + serial + "InGeneration" + b
                  : "shouldHandleCase" + serial;
          long millis =
              (long)
                  (Math.exp(random.nextGaussian() * 1.5 + 4) * (0.8 + 0.4 * random.nextDouble()));
          timings.addCase(
              TestCaseId.of(cls, name, List.of(cls), cls, file, cls + "#" + name), millis);
        }
        timings.addSuiteExtra(
            TestCaseId.of(cls, "", List.of(cls), cls, file, ""), random.nextInt(500));
      }
      lastBuild =
          store.record(
              Integer.toString(b),
              timings.build(),
              BuildStats.none().withTests(CLASSES * TESTS_PER_CLASS).withShards(8));
    }
    history = store.load().history();
    classes = history.knownUnits(Granularity.CLASS, EstimateOptions.defaults());
    tests = history.knownUnits(Granularity.TEST, EstimateOptions.defaults());
    System.err.printf(
        "%none build's file: %,d bytes for %,d cases; store: %d files%n",
        Files.size(store.fileFor("1")),
        lastBuild.timings().caseMillis().size(),
        history.builds().size());
  }

  @TearDown
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Prints the median thread CPU time of each operation over 10 runs, after 5 warm-up runs. */
  public static void main(String[] args) throws Exception {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    HistoryBenchmark benchmark = new HistoryBenchmark();
    benchmark.setUp();
    Map<String, Callable<Object>> operations = new LinkedHashMap<>();
    operations.put("loadStore", benchmark::loadStore);
    operations.put("estimateClasses", benchmark::estimateClasses);
    operations.put("estimateTests", benchmark::estimateTests);
    operations.put("writeBuild", benchmark::writeBuild);
    for (Map.Entry<String, Callable<Object>> op : operations.entrySet()) {
      for (int i = 0; i < 5; i++) {
        op.getValue().call();
      }
      long[] millis = new long[10];
      for (int i = 0; i < millis.length; i++) {
        long start = threads.getCurrentThreadCpuTime();
        op.getValue().call();
        millis[i] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
      }
      Arrays.sort(millis);
      System.out.printf(
          "%-16s median %4d ms CPU (min %d, max %d) over %d runs%n",
          op.getKey(),
          millis[millis.length / 2],
          millis[0],
          millis[millis.length - 1],
          millis.length);
    }
    benchmark.tearDown();
  }

  /** Reads and parses all 30 build files. */
  @Benchmark
  public HistoryLoad loadStore() {
    return store.load();
  }

  /** Estimates 1,000 class units from 30 builds (a fresh history: nothing cached). */
  @Benchmark
  public Estimates estimateClasses() {
    return TimingHistory.of(history.builds())
        .estimate(classes, Granularity.CLASS, EstimateOptions.defaults());
  }

  /** Estimates about 10,000 test units from 30 builds (a fresh history: nothing cached). */
  @Benchmark
  public Estimates estimateTests() {
    return TimingHistory.of(history.builds())
        .estimate(tests, Granularity.TEST, EstimateOptions.defaults());
  }

  /** Writes one build of 10,000 cases in the file format (to a writer that discards it). */
  @Benchmark
  public Writer writeBuild() throws IOException {
    Writer sink = Writer.nullWriter();
    BuildTimingsFile.write(sink, lastBuild);
    return sink;
  }
}
