package dev.paralleltests.benchmarks;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How long planning takes: {@code suite} is {@code <units>x<shards>}. Durations are log-normal
 * (median 2 s, sigma 1), names like {@code com.example.module17.Test00042}, 10% without history.
 * Target: 100,000 units into 64 shards in under 0.5 s. The {@code 200x64} case has about three
 * units per shard, where the refinement pass does real work.
 *
 * <pre>
 * ./mvnw -B -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar PlannerBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlannerBenchmark {

  @Param({"100000x64", "10000x16", "200x64"})
  public String suite;

  private PlanRequest request;

  @Setup
  public void setUp() {
    String[] parts = suite.split("x");
    int units = Integer.parseInt(parts[0]);
    int shards = Integer.parseInt(parts[1]);
    request = PlanRequest.of(syntheticSuite(units, 42), shards);
  }

  /** A suite of {@code units} classes; the same seed gives the same suite. */
  static List<UnitEstimate> syntheticSuite(int units, long seed) {
    Random random = new Random(seed);
    List<UnitEstimate> out = new ArrayList<>(units);
    for (int i = 0; i < units; i++) {
      String name = String.format("com.example.module%d.Test%05d", i % 97, i);
      long millis = Math.round(2000 * Math.exp(random.nextGaussian()));
      out.add(
          random.nextInt(10) == 0
              ? UnitEstimate.estimated(name, 2000)
              : UnitEstimate.known(name, millis, 10));
    }
    return out;
  }

  @Benchmark
  public ShardPlan plan() {
    return ShardPlanner.plan(request);
  }

  /**
   * The same work outside JMH, reporting CPU time as well as wall time per plan: on a shared
   * machine, wall time measures the neighbours as much as the planner.
   *
   * <pre>
   * java -cp benchmarks/target/benchmarks.jar dev.paralleltests.benchmarks.PlannerBenchmark \
   *     [units] [shards] [runs]
   * </pre>
   */
  public static void main(String[] args) {
    int units = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int shards = args.length > 1 ? Integer.parseInt(args[1]) : 64;
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    PlanRequest request = PlanRequest.of(syntheticSuite(units, 42), shards);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = new long[runs];
    long[] wall = new long[runs];
    ShardPlan plan = null;
    for (int warmup = 0; warmup < 5; warmup++) {
      plan = ShardPlanner.plan(request);
    }
    for (int i = 0; i < runs; i++) {
      long c0 = threads.getCurrentThreadCpuTime();
      long w0 = System.nanoTime();
      plan = ShardPlanner.plan(request);
      wall[i] = System.nanoTime() - w0;
      cpu[i] = threads.getCurrentThreadCpuTime() - c0;
    }
    Arrays.sort(cpu);
    Arrays.sort(wall);
    System.out.printf(
        Locale.ROOT,
        "%d units into %d shards, %d runs: CPU time median %.0f ms (min %.0f, max %.0f);"
            + " wall time median %.0f ms (min %.0f, max %.0f); predicted/LB %.4f%n",
        units,
        shards,
        runs,
        cpu[runs / 2] / 1e6,
        cpu[0] / 1e6,
        cpu[runs - 1] / 1e6,
        wall[runs / 2] / 1e6,
        wall[0] / 1e6,
        wall[runs - 1] / 1e6,
        plan.predictedImbalance());
  }
}
