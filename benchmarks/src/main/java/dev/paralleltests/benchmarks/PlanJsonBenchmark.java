package dev.paralleltests.benchmarks;

import dev.paralleltests.core.plan.InvalidPlanException;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing and reading plan.json for 100,000 units in 64 shards (what {@code split --plan} and a
 * restarted Jenkins build read back).
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar PlanJsonBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PlanJsonBenchmark {
  private ShardPlan plan;
  private String json;

  @Setup
  public void setUp() {
    plan = ShardPlanner.plan(PlanRequest.of(PlannerBenchmark.syntheticSuite(100_000, 42), 64));
    json = PlanJson.toJson(plan);
  }

  @Benchmark
  public String write() {
    return PlanJson.toJson(plan);
  }

  @Benchmark
  public ShardPlan read() throws InvalidPlanException {
    return PlanJson.parse(json, "plan.json");
  }
}
