package dev.paralleltests.benchmarks;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import java.util.ArrayList;
import java.util.List;
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
}
