package dev.paralleltests.benchmarks;

import dev.paralleltests.core.history.BuildTimings;
import dev.paralleltests.core.history.EstimateOptions;
import dev.paralleltests.core.history.RecordedBuild;
import dev.paralleltests.core.history.TestCaseId;
import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.CatchAllReserve;
import dev.paralleltests.core.plan.LowerBound;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.unit.Granularity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;
import java.util.TreeMap;

/**
 * Replays a sequence of builds and scores how well each splitting strategy balances them: the
 * realized makespan (slowest shard, with the times the tests really took) over the realized lower
 * bound. A suite of log-normal test classes evolves: each build adds 5% new classes and deletes as
 * many; every run of a class takes its true time x U(0.8, 1.2). In the "partial" scenario, one
 * build in the middle ran only 10% of the classes (a developer's build of one module, say) and was
 * recorded like any other.
 *
 * <p>Strategies: ours (estimates from the real {@link TimingHistory}: median of each unit's last 10
 * samples, unknown units at the median of the known ones; {@link ShardPlanner}; with every unit
 * discovered, and with only the history's units plus the catch-all shard, with and without room
 * reserved on it for the typical new work per build), (a) LPT on the last build only, new tests on
 * split 1 (the existing Jenkins plugin), (b) equal-count splits of the name-sorted units, (c)
 * round-robin by name.
 *
 * <pre>
 * ./mvnw -B -pl benchmarks -am package -DskipTests
 * java -cp benchmarks/target/benchmarks.jar dev.paralleltests.benchmarks.PlanningSimulation \
 *     [--units 400] [--shards 8] [--builds 30] [--trials 200] [--seed 1] [--noise 0.2] [--churn 0.05]
 * </pre>
 */
public final class PlanningSimulation {

  /** The simulation's parameters. */
  record Config(
      int units,
      int shards,
      int builds,
      int trials,
      double noise,
      double churn,
      double partialFraction,
      int firstMeasured,
      long seed) {
    static Config defaults() {
      return new Config(400, 8, 30, 200, 0.20, 0.05, 0.10, 3, 1);
    }
  }

  /** Where estimates come from: what the planner is fed. */
  interface Estimator {
    void record(String buildId, Map<String, Long> times);

    List<UnitEstimate> estimate(List<String> units);

    /** Room to keep on the catch-all shard for units new to a build. */
    long typicalNewWork();
  }

  /** A strategy decides, for one build, the 0-based shard of every unit of the current suite. */
  interface Strategy {
    String name();

    int[] assign(List<String> suite, BuildLog log, int shards);
  }

  /** What earlier builds recorded, in order, for the strategies that look at it. */
  static final class BuildLog {
    final List<Map<String, Long>> builds = new ArrayList<>();
    final Estimator estimator;

    private List<UnitEstimate> cached;
    private int cachedAt = -1;

    BuildLog(Estimator estimator) {
      this.estimator = estimator;
    }

    /** The estimator's estimates for this build's suite (computed once per build). */
    List<UnitEstimate> estimates(List<String> suite) {
      if (cachedAt != builds.size()) {
        cached = estimator.estimate(suite);
        cachedAt = builds.size();
      }
      return cached;
    }

    void record(Map<String, Long> times) {
      builds.add(times);
      estimator.record("build-" + builds.size(), times);
    }
  }

  private PlanningSimulation() {}

  public static void main(String[] args) {
    Config c = parse(args);
    System.out.printf(
        Locale.ROOT,
        "%d units, %d shards, %d builds x %d trials, noise +/-%.0f%%, %.0f%% new units per build,"
            + " partial build runs %.0f%% of the units; measured from build %d%n%n",
        c.units(),
        c.shards(),
        c.builds(),
        c.trials(),
        c.noise() * 100,
        c.churn() * 100,
        c.partialFraction() * 100,
        c.firstMeasured());
    plannedRatios(c);
    Map<String, List<Double>> steady = run(c, false, false);
    Map<String, List<Double>> partialAll = run(c, true, false);
    Map<String, List<Double>> partialNext = run(c, true, true);
    System.out.println(
        "| strategy | steady median | steady p95 | partial: all builds median | p95 |"
            + " partial: next build median | p95 |");
    System.out.println("|---|---|---|---|---|---|---|");
    for (String name : steady.keySet()) {
      System.out.printf(
          Locale.ROOT,
          "| %s | %.3f | %.3f | %.3f | %.3f | %.3f | %.3f |%n",
          name,
          quantile(steady.get(name), 0.5),
          quantile(steady.get(name), 0.95),
          quantile(partialAll.get(name), 0.5),
          quantile(partialAll.get(name), 0.95),
          quantile(partialNext.get(name), 0.5),
          quantile(partialNext.get(name), 0.95));
    }
  }

  /**
   * The planner's own promise, estimates taken as exact: predicted makespan over the lower bound
   * for random log-normal suites (sigma 0.5 to 1.5) of 30 units per shard.
   */
  static void plannedRatios(Config c) {
    System.out.println("| shards | units | suites | planned/LB median | p95 | max |");
    System.out.println("|---|---|---|---|---|---|");
    for (int shards : new int[] {4, 8, 16, 64}) {
      int units = 30 * shards;
      List<Double> ratios = new ArrayList<>();
      Random random = new Random(c.seed());
      for (int t = 0; t < c.trials(); t++) {
        double sigma = 0.5 + random.nextDouble();
        List<UnitEstimate> suite = new ArrayList<>(units);
        for (int i = 0; i < units; i++) {
          long millis = Math.max(1, Math.round(2000 * Math.exp(sigma * random.nextGaussian())));
          suite.add(UnitEstimate.known("com.example.Test" + i, millis, 10));
        }
        ratios.add(ShardPlanner.plan(PlanRequest.of(suite, shards)).predictedImbalance());
      }
      System.out.printf(
          Locale.ROOT,
          "| %d | %d | %d | %.4f | %.4f | %.4f |%n",
          shards,
          units,
          c.trials(),
          quantile(ratios, 0.5),
          quantile(ratios, 0.95),
          quantile(ratios, 1.0));
    }
    System.out.println();
  }

  /**
   * Runs all trials of one scenario and returns, per strategy, realized makespan / realized lower
   * bound of every measured build (or only of the build right after the partial one).
   */
  static Map<String, List<Double>> run(Config c, boolean partial, boolean onlyAfterPartial) {
    Map<String, List<Double>> ratios = new LinkedHashMap<>();
    for (int trial = 0; trial < c.trials(); trial++) {
      List<Strategy> strategies = strategies();
      // Each strategy sees the same suite and the same realized times; only the split differs.
      Suite suite = new Suite(c, new Random(c.seed() * 1_000_003L + trial));
      BuildLog log = new BuildLog(new HistoryEstimator());
      int partialBuild = c.builds() / 2;
      for (int b = 1; b <= c.builds(); b++) {
        if (b > 1) {
          suite.evolve();
        }
        Map<String, Long> realized = suite.run();
        if (partial && b == partialBuild) {
          log.record(suite.subset(realized, c.partialFraction()));
          continue;
        }
        boolean measured =
            b >= c.firstMeasured() && (!onlyAfterPartial || (partial && b == partialBuild + 1));
        if (measured) {
          List<String> units = suite.names();
          long[] actual = new long[units.size()];
          for (int i = 0; i < actual.length; i++) {
            actual[i] = realized.get(units.get(i));
          }
          long lowerBound = LowerBound.ofMillis(actual, c.shards());
          for (Strategy s : strategies) {
            int[] shardOf = s.assign(units, log, c.shards());
            long[] loads = new long[c.shards()];
            for (int i = 0; i < actual.length; i++) {
              loads[shardOf[i]] += actual[i];
            }
            long makespan = Arrays.stream(loads).max().orElse(0);
            ratios
                .computeIfAbsent(s.name(), k -> new ArrayList<>())
                .add((double) makespan / lowerBound);
          }
        }
        log.record(realized);
      }
    }
    return ratios;
  }

  static List<Strategy> strategies() {
    return List.of(
        new OurPlanner(false, false),
        new OurPlanner(true, true),
        new OurPlanner(true, false),
        new LastBuildLpt(),
        new EqualCount(),
        new RoundRobin());
  }

  /** This project's planner, fed by history estimates. */
  record OurPlanner(boolean historyUnitsOnly, boolean reserve) implements Strategy {
    @Override
    public String name() {
      if (!historyUnitsOnly) {
        return "ours, all units discovered";
      }
      return reserve
          ? "ours, history's units, catch-all with reserve"
          : "ours, history's units, catch-all without reserve";
    }

    @Override
    public int[] assign(List<String> suite, BuildLog log, int shards) {
      List<UnitEstimate> estimates = log.estimates(suite);
      if (historyUnitsOnly) {
        estimates = estimates.stream().filter(e -> !e.isEstimated()).toList();
      }
      PlanRequest request =
          PlanRequest.of(estimates, shards)
              .withSafetyNet(historyUnitsOnly ? SafetyNet.CATCH_ALL : SafetyNet.INCLUSIONS_ONLY)
              .withCatchAllReserve(reserve ? log.estimator.typicalNewWork() : 0);
      ShardPlan plan = ShardPlanner.plan(request);
      Map<String, Integer> shardOf = new HashMap<>();
      int catchAll = 0;
      for (Shard s : plan.shards()) {
        for (String u : s.units()) {
          shardOf.put(u, s.index() - 1);
        }
        if (s.catchAll()) {
          catchAll = s.index() - 1;
        }
      }
      int[] out = new int[suite.size()];
      for (int i = 0; i < out.length; i++) {
        out[i] = shardOf.getOrDefault(suite.get(i), catchAll);
      }
      return out;
    }
  }

  /**
   * The existing Jenkins plugin: the last build's times only, LPT over the units it ran (split
   * count capped by their number), everything else on split 1 through its exclusion list.
   */
  static final class LastBuildLpt implements Strategy {
    @Override
    public String name() {
      return "(a) LPT on the last build only";
    }

    @Override
    public int[] assign(List<String> suite, BuildLog log, int shards) {
      int[] out = new int[suite.size()];
      if (log.builds.isEmpty()) {
        return out; // no reference build: everything in one place
      }
      Map<String, Long> reference = new TreeMap<>(log.builds.get(log.builds.size() - 1));
      List<Map.Entry<String, Long>> sorted = new ArrayList<>(reference.entrySet());
      sorted.sort((x, y) -> Long.compare(y.getValue(), x.getValue())); // stable: ties by name
      int n = Math.max(1, Math.min(shards, sorted.size()));
      long[] loads = new long[n];
      PriorityQueue<Integer> queue =
          new PriorityQueue<>(
              (x, y) -> {
                int cmp = Long.compare(loads[x], loads[y]);
                return cmp != 0 ? cmp : Integer.compare(x, y);
              });
      for (int s = 0; s < n; s++) {
        queue.add(s);
      }
      Map<String, Integer> shardOf = new HashMap<>();
      for (Map.Entry<String, Long> e : sorted) {
        int s = queue.poll();
        loads[s] += e.getValue();
        shardOf.put(e.getKey(), s);
        queue.add(s);
      }
      for (int i = 0; i < out.length; i++) {
        out[i] = shardOf.getOrDefault(suite.get(i), 0);
      }
      return out;
    }
  }

  /** (b) Name-sorted units cut into contiguous runs of equal count. */
  static final class EqualCount implements Strategy {
    @Override
    public String name() {
      return "(b) equal-count split";
    }

    @Override
    public int[] assign(List<String> suite, BuildLog log, int shards) {
      Integer[] order = byName(suite);
      int[] out = new int[suite.size()];
      for (int k = 0; k < order.length; k++) {
        out[order[k]] = (int) ((long) k * shards / order.length);
      }
      return out;
    }
  }

  /** (c) Name-sorted units dealt out like cards. */
  static final class RoundRobin implements Strategy {
    @Override
    public String name() {
      return "(c) round-robin by name";
    }

    @Override
    public int[] assign(List<String> suite, BuildLog log, int shards) {
      Integer[] order = byName(suite);
      int[] out = new int[suite.size()];
      for (int k = 0; k < order.length; k++) {
        out[order[k]] = k % shards;
      }
      return out;
    }
  }

  private static Integer[] byName(List<String> suite) {
    Integer[] order = new Integer[suite.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> suite.get(x).compareTo(suite.get(y)));
    return order;
  }

  /**
   * The project's {@link TimingHistory}: every build recorded as test-case samples (each class has
   * two cases sharing its time), estimates by its default rules (median of each unit's last 10
   * samples, unknown units at the median of the known ones).
   */
  static final class HistoryEstimator implements Estimator {
    private TimingHistory history = TimingHistory.empty();
    private int recorded;

    @Override
    public void record(String buildId, Map<String, Long> times) {
      BuildTimings.Builder timings = BuildTimings.builder();
      times.forEach(
          (unit, millis) -> {
            long first = millis * 3 / 5;
            timings.addCase(TestCaseId.basic(unit, "first", "", List.of(unit)), first);
            timings.addCase(TestCaseId.basic(unit, "second", "", List.of(unit)), millis - first);
          });
      recorded++;
      history =
          history.with(
              RecordedBuild.of(buildId, Instant.EPOCH.plusSeconds(recorded), timings.build()));
    }

    @Override
    public List<UnitEstimate> estimate(List<String> units) {
      return history.estimate(units, Granularity.CLASS, EstimateOptions.defaults()).units();
    }

    @Override
    public long typicalNewWork() {
      return CatchAllReserve.typicalNewWork(history, Granularity.CLASS);
    }
  }

  /** The evolving suite: true durations, churn and noisy runs. */
  static final class Suite {
    private final Config config;
    private final Random random;
    private final Map<String, Long> trueMillis = new LinkedHashMap<>();
    private int nextId;

    Suite(Config config, Random random) {
      this.config = config;
      this.random = random;
      for (int i = 0; i < config.units(); i++) {
        add();
      }
    }

    private void add() {
      String name = String.format(Locale.ROOT, "com.example.m%d.Test%05d", nextId % 13, nextId);
      nextId++;
      // Log-normal, median 2 s, sigma 1: a long tail, as real suites have.
      trueMillis.put(name, Math.max(1, Math.round(2000 * Math.exp(random.nextGaussian()))));
    }

    /** Deletes and adds {@code churn} of the suite's units. */
    void evolve() {
      int changes = (int) Math.round(trueMillis.size() * config.churn());
      List<String> names = names();
      for (int i = 0; i < changes; i++) {
        trueMillis.remove(names.remove(random.nextInt(names.size())));
      }
      for (int i = 0; i < changes; i++) {
        add();
      }
    }

    List<String> names() {
      return new ArrayList<>(trueMillis.keySet());
    }

    /** One run of every unit: its true time x U(1 - noise, 1 + noise). */
    Map<String, Long> run() {
      Map<String, Long> realized = new LinkedHashMap<>();
      trueMillis.forEach(
          (unit, t) -> {
            double factor = 1 + config.noise() * (2 * random.nextDouble() - 1);
            realized.put(unit, Math.max(1, Math.round(t * factor)));
          });
      return realized;
    }

    /** A random {@code fraction} of one run's units: what a partial build records. */
    Map<String, Long> subset(Map<String, Long> realized, double fraction) {
      Map<String, Long> part = new LinkedHashMap<>();
      realized.forEach(
          (unit, t) -> {
            if (random.nextDouble() < fraction) {
              part.put(unit, t);
            }
          });
      return part;
    }
  }

  static double quantile(List<Double> values, double q) {
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int index = (int) Math.ceil(q * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static Config parse(String[] args) {
    Config d = Config.defaults();
    int units = d.units();
    int shards = d.shards();
    int builds = d.builds();
    int trials = d.trials();
    long seed = d.seed();
    double noise = d.noise();
    double churn = d.churn();
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      switch (args[i]) {
        case "--units" -> units = Integer.parseInt(value);
        case "--shards" -> shards = Integer.parseInt(value);
        case "--builds" -> builds = Integer.parseInt(value);
        case "--trials" -> trials = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--noise" -> noise = Double.parseDouble(value);
        case "--churn" -> churn = Double.parseDouble(value);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; expected --units, --shards, --builds, --trials, --seed");
      }
      i++;
    }
    return new Config(
        units, shards, builds, trials, noise, churn, d.partialFraction(), d.firstMeasured(), seed);
  }
}
