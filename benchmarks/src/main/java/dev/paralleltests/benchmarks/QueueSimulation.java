package dev.paralleltests.benchmarks;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.queue.Batch;
import dev.paralleltests.core.queue.Claim;
import dev.paralleltests.core.queue.QueueSettings;
import dev.paralleltests.core.queue.WorkQueue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Static split against queue mode ({@link WorkQueue}) on the same builds, start costs included.
 *
 * <p>The suite is {@link PlanningSimulation}'s: log-normal classes (median 2 s, sigma 1) with 5%
 * churn per build, each run of a class taking its true time x U(0.8, 1.2). The history of the
 * earlier builds ({@code --warmup} of them) gives the estimates; the next build is measured. Every
 * runner start (one per shard in static mode, one per batch in queue mode) costs {@code
 * --start-cost} seconds; an agent slowed by f takes f times as long for every test.
 *
 * <p>Lower bound, which no schedule can beat: the earliest time T at which the agents, each paying
 * one start cost from the moment it becomes available, have the capacity for all the work, that is
 * sum over agents of max(0, T - start_i - c) / f_i &gt;= total test time; and no earlier than the
 * longest test on the best agent. Makespan: when the last shard ends, measured like the bound from
 * the build's start.
 *
 * <pre>
 * ./mvnw -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.paralleltests.benchmarks.QueueSimulation \
 *     [--units 2000] [--shards 8] [--trials 100] [--seed 1] [--start-cost 10] [--warmup 5]
 * </pre>
 */
public final class QueueSimulation {

  /** How agents differ in one scenario. */
  record Scenario(String name, double maxStartDelaySeconds, double slowFactor, boolean coldStart) {}

  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario("20% noise, identical agents", 0, 1, false),
          new Scenario("agents start 0-60 s apart", 60, 1, false),
          new Scenario("one agent 1.5x slower", 0, 1.5, false),
          new Scenario("first build, no timings", 0, 1, true),
          new Scenario("all of the above", 60, 1.5, true));

  /**
   * One measured build under both modes; for queue mode also where its time above the bound went:
   * the starts beyond one per shard, and the mean idle time of a shard at the end (from its last
   * batch's end to the makespan), both in seconds per shard.
   */
  record Outcome(
      double staticRatio,
      double queueRatio,
      double batchesPerShard,
      double extraStartSeconds,
      double idleAtEndSeconds) {}

  private QueueSimulation() {}

  public static void main(String[] args) {
    int units = 2000;
    int shards = 8;
    int trials = 100;
    long seed = 1;
    double startCost = 10;
    int warmup = 5;
    QueueSettings settings = QueueSettings.defaults();
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--units" -> units = Integer.parseInt(value);
        case "--shards" -> shards = Integer.parseInt(value);
        case "--trials" -> trials = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--start-cost" -> startCost = Double.parseDouble(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--first-share" -> settings = settings.withFirstShare(Double.parseDouble(value));
        case "--divisor" -> settings = settings.withDivisor(Double.parseDouble(value));
        case "--start-cost-factor" ->
            settings = settings.withStartCostFactor(Double.parseDouble(value));
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; expected --units --shards --trials --seed --start-cost --warmup"
                    + " --first-share --divisor --start-cost-factor");
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%d units (median 2 s, sigma 1), %d shards, %d trials from seed %d, start cost %.0f s per"
            + " runner start, noise +/-20%%, %s%n%n",
        units,
        shards,
        trials,
        seed,
        startCost,
        settings);
    System.out.println(
        "| scenario | static median | static p95 | queue median | queue p95 | batches per shard"
            + " | extra starts | idle at end |");
    System.out.println("|---|---|---|---|---|---|---|---|");
    for (Scenario scenario : SCENARIOS) {
      List<Double> staticRatios = new ArrayList<>();
      List<Double> queueRatios = new ArrayList<>();
      List<Double> batches = new ArrayList<>();
      List<Double> extraStarts = new ArrayList<>();
      List<Double> idle = new ArrayList<>();
      for (int t = 0; t < trials; t++) {
        Outcome o =
            trial(scenario, units, shards, startCost, warmup, settings, seed * 1_000_003L + t);
        staticRatios.add(o.staticRatio());
        queueRatios.add(o.queueRatio());
        batches.add(o.batchesPerShard());
        extraStarts.add(o.extraStartSeconds());
        idle.add(o.idleAtEndSeconds());
      }
      System.out.printf(
          Locale.ROOT,
          "| %s | %.3f | %.3f | %.3f | %.3f | %.1f | %.0f s | %.0f s |%n",
          scenario.name(),
          PlanningSimulation.quantile(staticRatios, 0.5),
          PlanningSimulation.quantile(staticRatios, 0.95),
          PlanningSimulation.quantile(queueRatios, 0.5),
          PlanningSimulation.quantile(queueRatios, 0.95),
          PlanningSimulation.quantile(batches, 0.5),
          PlanningSimulation.quantile(extraStarts, 0.5),
          PlanningSimulation.quantile(idle, 0.5));
    }
  }

  static Outcome trial(
      Scenario scenario,
      int units,
      int shards,
      double startCostSeconds,
      int warmup,
      QueueSettings settings,
      long seed) {
    Random random = new Random(seed);
    PlanningSimulation.Config config =
        new PlanningSimulation.Config(units, shards, 1, 1, 0.20, 0.05, 0.10, 1, seed);
    PlanningSimulation.Suite suite = new PlanningSimulation.Suite(config, random);
    PlanningSimulation.HistoryEstimator history = new PlanningSimulation.HistoryEstimator();
    if (!scenario.coldStart()) {
      for (int b = 1; b <= warmup; b++) {
        history.record("build-" + b, suite.run());
        suite.evolve();
      }
    }
    List<String> names = suite.names();
    Map<String, Long> actual = suite.run();
    List<UnitEstimate> estimates = history.estimate(names);
    ShardPlan plan =
        ShardPlanner.plan(
            PlanRequest.of(estimates, shards).withSafetyNet(SafetyNet.INCLUSIONS_ONLY));
    int n = plan.shards().size();

    long cost = Math.round(startCostSeconds * 1000);
    long[] start = new long[n];
    double[] factor = new double[n];
    for (int i = 0; i < n; i++) {
      start[i] = Math.round(random.nextDouble() * scenario.maxStartDelaySeconds() * 1000);
      factor[i] = 1;
    }
    if (scenario.slowFactor() != 1) {
      factor[random.nextInt(n)] = scenario.slowFactor();
    }

    long total = actual.values().stream().mapToLong(Long::longValue).sum();
    long longest = actual.values().stream().mapToLong(Long::longValue).max().orElse(0);
    double bound = lowerBound(total, longest, start, factor, cost);

    long staticEnd = 0;
    for (Shard s : plan.shards()) {
      int i = s.index() - 1;
      long work = s.units().stream().mapToLong(actual::get).sum();
      staticEnd = Math.max(staticEnd, start[i] + cost + Math.round(work * factor[i]));
    }
    long[] queueRun = queue(plan, settings, actual, start, factor, cost);
    double batchesPerShard = (double) queueRun[1] / n;
    return new Outcome(
        staticEnd / bound,
        queueRun[0] / bound,
        batchesPerShard,
        (batchesPerShard - 1) * cost / 1000.0,
        queueRun[2] / 1000.0 / n);
  }

  /**
   * Event-driven run of queue mode: returns {makespan, batches, idle}, idle being the sum over
   * shards of the time from their last batch's end to the makespan.
   */
  static long[] queue(
      ShardPlan plan,
      QueueSettings settings,
      Map<String, Long> actual,
      long[] start,
      double[] factor,
      long cost) {
    AtomicLong now = new AtomicLong();
    WorkQueue queue = WorkQueue.inMemory(plan, settings, now::get);
    int n = start.length;
    // (time, shard, batch id or 0 for "ask for work")
    PriorityQueue<long[]> events =
        new PriorityQueue<>(
            (a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    for (int i = 0; i < n; i++) {
      events.add(new long[] {start[i], i + 1, 0, 0, 0});
    }
    Map<Integer, Long> end = new LinkedHashMap<>();
    List<Integer> waiting = new ArrayList<>();
    int batches = 0;
    try {
      while (!events.isEmpty()) {
        long[] e = events.poll();
        now.set(e[0]);
        int shard = (int) e[1];
        if (e[2] != 0) {
          queue.complete((int) e[2], e[3], e[4]);
          end.put(shard, e[0]);
          // A batch ended: shards that were told to wait ask again.
          for (int w : waiting) {
            events.add(new long[] {e[0], w, 0, 0, 0});
          }
          waiting.clear();
        }
        Claim claim = queue.claim(shard);
        if (claim.kind() == Claim.Kind.WAIT) {
          waiting.add(shard);
          continue;
        }
        if (claim.kind() == Claim.Kind.DONE) {
          continue;
        }
        Batch batch = claim.batch().orElseThrow();
        batches++;
        long tests =
            Math.round(batch.units().stream().mapToLong(actual::get).sum() * factor[shard - 1]);
        long wall = cost + tests;
        events.add(new long[] {e[0] + wall, shard, batch.id(), wall, tests});
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // in memory: never
    }
    if (!queue.unrunUnits().isEmpty()) {
      throw new IllegalStateException("units left in the queue: " + queue.unrunUnits().size());
    }
    long makespan = end.values().stream().mapToLong(Long::longValue).max().orElse(0);
    long idle = 0;
    for (int i = 1; i <= n; i++) {
      // A shard that never ran a batch (it started after the queue drained) idles from its start.
      idle += makespan - end.getOrDefault(i, Math.min(makespan, start[i - 1]));
    }
    return new long[] {makespan, batches, idle};
  }

  /**
   * The earliest end any schedule could reach: capacity for all the work after one start cost per
   * agent, and the longest test on the best agent.
   */
  static double lowerBound(long total, long longest, long[] start, double[] factor, long cost) {
    double longestEnd = Double.MAX_VALUE;
    for (int i = 0; i < start.length; i++) {
      longestEnd = Math.min(longestEnd, start[i] + cost + longest * factor[i]);
    }
    double lo = 0;
    double hi = 1e13;
    for (int iteration = 0; iteration < 200; iteration++) {
      double mid = (lo + hi) / 2;
      double capacity = 0;
      for (int i = 0; i < start.length; i++) {
        capacity += Math.max(0, mid - start[i] - cost) / factor[i];
      }
      if (capacity >= total) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return Math.max(hi, longestEnd);
  }
}
