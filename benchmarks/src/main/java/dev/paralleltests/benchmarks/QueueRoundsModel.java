package dev.paralleltests.benchmarks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * How close to the lower bound any batch sizing can come on a first build (no timings), in an
 * idealized model that knows more than a real queue can: {@link QueueSimulation}'s "first build"
 * scenario (log-normal units, median 2 s, sigma 1, each run x U(0.8, 1.2), identical agents, one
 * start cost per batch), but run in rounds, and before each round the model knows every shard's
 * real end so far, as if no batch were still running. Round 1 gives every shard the same number of
 * units (all are estimated alike); every later round gives each shard the number of units that
 * makes all shards' expected ends equal (water-filling over the mean unit time, which the model
 * also knows exactly); a shard whose expected end is already past the others' gets nothing and pays
 * no start. The round sizes are cumulative shares of the suite, searched on a grid.
 *
 * <p>A real queue sizes a shard's batch while the other shards' batches are still running, knowing
 * only their estimates, and learns the mean unit time from the first reports. The model is not a
 * proof (a real queue is not bound to rounds, nor to the grid), but at every decision it knows more
 * than a real queue does: its best is a reference for what batch sizing alone can reach on a first
 * build.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.paralleltests.benchmarks.QueueRoundsModel \
 *     [--units 2000] [--shards 8] [--start-cost 10] [--search-trials 60] [--trials 300]
 * </pre>
 */
public final class QueueRoundsModel {

  private static final double[] GRID = {
    0.3, 0.4, 0.5, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97
  };

  private QueueRoundsModel() {}

  public static void main(String[] args) {
    int units = 2000;
    int shards = 8;
    double startCost = 10;
    int searchTrials = 60;
    int trials = 300;
    for (int i = 0; i < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--units" -> units = Integer.parseInt(value);
        case "--shards" -> shards = Integer.parseInt(value);
        case "--start-cost" -> startCost = Double.parseDouble(value);
        case "--search-trials" -> searchTrials = Integer.parseInt(value);
        case "--trials" -> trials = Integer.parseInt(value);
        default ->
            throw new IllegalArgumentException(
                "unknown option "
                    + args[i]
                    + "; expected --units --shards --start-cost --search-trials --trials");
      }
    }
    System.out.printf(
        Locale.ROOT,
        "first build, %d units, %d shards, start cost %.0f s; shares searched on %d seeds,"
            + " the best measured on %d others%n%n",
        units,
        shards,
        startCost,
        searchTrials,
        trials);
    System.out.println("| batches per shard | best cumulative shares | median | p95 |");
    System.out.println("|---|---|---|---|");
    for (int rounds = 2; rounds <= 4; rounds++) {
      double[] best = null;
      double bestMedian = Double.MAX_VALUE;
      for (double[] shares : shareSets(rounds - 1)) {
        double median = quantile(ratios(shares, units, shards, startCost, searchTrials, 7), 0.5);
        if (median < bestMedian) {
          bestMedian = median;
          best = shares;
        }
      }
      List<Double> fresh = ratios(best, units, shards, startCost, trials, 1_000_003L);
      System.out.printf(
          Locale.ROOT,
          "| %d | %s | %.3f | %.3f |%n",
          rounds,
          Arrays.toString(best),
          quantile(fresh, 0.5),
          quantile(fresh, 0.95));
    }
  }

  /** Every increasing choice of {@code k} cumulative shares from the grid. */
  static List<double[]> shareSets(int k) {
    List<double[]> out = new ArrayList<>();
    collect(new double[k], 0, 0, out);
    return out;
  }

  private static void collect(double[] chosen, int depth, int from, List<double[]> out) {
    if (depth == chosen.length) {
      out.add(chosen.clone());
      return;
    }
    for (int i = from; i < GRID.length; i++) {
      chosen[depth] = GRID[i];
      collect(chosen, depth + 1, i + 1, out);
    }
  }

  static List<Double> ratios(
      double[] cumulative, int units, int shards, double startCost, int trials, long seed) {
    List<Double> out = new ArrayList<>();
    for (int t = 0; t < trials; t++) {
      out.add(trial(cumulative, units, shards, startCost, new Random(seed + t)));
    }
    return out;
  }

  /** One first build in rounds: makespan over the lower bound. */
  static double trial(double[] cumulative, int units, int shards, double startCost, Random random) {
    double[] time = new double[units];
    double total = 0;
    for (int i = 0; i < units; i++) {
      time[i] = 2 * Math.exp(random.nextGaussian()) * (0.8 + 0.4 * random.nextDouble());
      total += time[i];
    }
    double mean = 2 * Math.exp(0.5); // the log-normal's mean (the noise's mean is 1)
    double bound = total / shards + startCost;
    double[] end = new double[shards];
    int next = 0;
    int handed = 0;
    for (int round = 0; round <= cumulative.length; round++) {
      int upTo = round == cumulative.length ? units : (int) Math.round(cumulative[round] * units);
      int count = upTo - handed;
      int[] take = round == 0 ? even(count, shards) : waterFill(end, count, mean, startCost);
      for (int s = 0; s < shards; s++) {
        if (take[s] == 0) {
          continue;
        }
        end[s] += startCost;
        for (int u = 0; u < take[s]; u++) {
          end[s] += time[next++];
        }
      }
      handed = upTo;
    }
    return Arrays.stream(end).max().orElse(0) / bound;
  }

  private static int[] even(int count, int shards) {
    int[] take = new int[shards];
    for (int s = 0; s < shards; s++) {
      take[s] = count / shards + (s < count % shards ? 1 : 0);
    }
    return take;
  }

  /** Unit counts that make every shard's expected end equal, none negative, summing to count. */
  private static int[] waterFill(double[] end, int count, double mean, double startCost) {
    double lo = 0;
    double hi = 1e9;
    for (int i = 0; i < 100; i++) {
      double level = (lo + hi) / 2;
      double sum = 0;
      for (double e : end) {
        sum += Math.max(0, (level - e - startCost) / mean);
      }
      if (sum < count) {
        lo = level;
      } else {
        hi = level;
      }
    }
    int[] take = new int[end.length];
    double[] rest = new double[end.length];
    int sum = 0;
    for (int s = 0; s < end.length; s++) {
      double x = Math.max(0, (hi - end[s] - startCost) / mean);
      take[s] = (int) Math.floor(x);
      rest[s] = x - take[s];
      sum += take[s];
    }
    while (sum < count) {
      int largest = 0;
      for (int s = 1; s < end.length; s++) {
        if (rest[s] > rest[largest]) {
          largest = s;
        }
      }
      take[largest]++;
      rest[largest] = -1;
      sum++;
    }
    return take;
  }

  private static double quantile(List<Double> values, double q) {
    return PlanningSimulation.quantile(values, q);
  }
}
