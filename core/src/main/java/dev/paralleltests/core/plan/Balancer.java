package dev.paralleltests.core.plan;

import java.util.Arrays;
import java.util.TreeSet;

/**
 * The arithmetic of planning, on plain arrays: LPT, then a local search of moves and swaps. Units
 * are identified by their position in an array sorted longest first, ties by name, so the position
 * is a total order that does not depend on the caller's input order; every choice below breaks ties
 * by position or shard number, which makes the result the same on every machine.
 */
final class Balancer {
  /** Above this, the local search is not worth its cost; LPT alone is within a few percent. */
  private static final double REFINE_ABOVE = 1.01;

  private final long[] millis;
  private final int shards;
  final int[] shardOf;
  final long[] loads;
  int refinementSteps;

  private Balancer(long[] sortedMillisDescending, int shards) {
    this.millis = sortedMillisDescending;
    this.shards = shards;
    this.shardOf = new int[millis.length];
    this.loads = new long[shards];
  }

  /**
   * Splits units (durations sorted longest first) into {@code shards} groups.
   *
   * @param lowerBound the plan's lower bound; refinement runs only above 1.01 times it
   */
  static Balancer balance(long[] sortedMillisDescending, int shards, long lowerBound) {
    return balance(sortedMillisDescending, shards, lowerBound, 0);
  }

  /**
   * As {@link #balance(long[], int, long)}, with shard 0 starting at {@code reserveOnFirst}: room
   * kept free there for work the plan cannot list (tests never seen before).
   */
  static Balancer balance(
      long[] sortedMillisDescending, int shards, long lowerBound, long reserveOnFirst) {
    Balancer b = new Balancer(sortedMillisDescending, shards);
    b.loads[0] = reserveOnFirst;
    b.lpt();
    if (b.makespan() > REFINE_ABOVE * lowerBound) {
      b.refine(lowerBound);
    }
    return b;
  }

  long makespan() {
    long max = 0;
    for (long l : loads) {
      max = Math.max(max, l);
    }
    return max;
  }

  private void lpt() {
    // Least-loaded shard first; equal loads: fewest units (so zero-length units cannot leave a
    // shard empty), then lowest shard number. A binary heap of shard numbers on plain arrays: for
    // 100,000 units, a priority queue of boxed numbers and a comparing lambda cost several times
    // as much.
    int[] counts = new int[shards];
    int[] heap = new int[shards];
    for (int s = 0; s < shards; s++) {
      heap[s] = s; // loads are equal but the first's reserve: a sorted array is a heap
    }
    for (int i = shards / 2 - 1; i >= 0; i--) {
      siftDown(heap, i, counts);
    }
    for (int u = 0; u < millis.length; u++) {
      int s = heap[0];
      shardOf[u] = s;
      loads[s] += millis[u];
      counts[s]++;
      siftDown(heap, 0, counts);
    }
  }

  private void siftDown(int[] heap, int i, int[] counts) {
    int n = heap.length;
    int moving = heap[i];
    while (true) {
      int child = 2 * i + 1;
      if (child >= n) {
        break;
      }
      if (child + 1 < n && before(heap[child + 1], heap[child], counts)) {
        child++;
      }
      if (!before(heap[child], moving, counts)) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = moving;
  }

  /** Whether shard a is filled before shard b. */
  private boolean before(int a, int b, int[] counts) {
    if (loads[a] != loads[b]) {
      return loads[a] < loads[b];
    }
    if (counts[a] != counts[b]) {
      return counts[a] < counts[b];
    }
    return a < b;
  }

  /**
   * Repeatedly takes the heaviest shard and the lightest partner that can help, and moves one unit
   * or swaps two so that the larger of the pair's two loads drops as far as possible. Every step
   * strictly lowers the sum of squared loads, so this ends; the step cap only bounds the time.
   */
  private void refine(long lowerBound) {
    @SuppressWarnings("unchecked")
    TreeSet<Integer>[] members = new TreeSet[shards];
    for (int s = 0; s < shards; s++) {
      members[s] = new TreeSet<>();
    }
    for (int u = 0; u < millis.length; u++) {
      members[shardOf[u]].add(u);
    }
    int maxSteps = 4 * millis.length + 100;
    while (refinementSteps < maxSteps) {
      int heavy = heaviest();
      if (loads[heavy] <= lowerBound) {
        return;
      }
      if (!improve(heavy, members)) {
        return;
      }
      refinementSteps++;
    }
  }

  private int heaviest() {
    int h = 0;
    for (int s = 1; s < shards; s++) {
      if (loads[s] > loads[h]) {
        h = s;
      }
    }
    return h;
  }

  private boolean improve(int heavy, TreeSet<Integer>[] members) {
    Integer[] partners = new Integer[shards];
    for (int s = 0; s < shards; s++) {
      partners[s] = s;
    }
    Arrays.sort(
        partners,
        (a, b) -> {
          int c = Long.compare(loads[a], loads[b]);
          return c != 0 ? c : Integer.compare(a, b);
        });
    for (int p : partners) {
      long gap = loads[heavy] - loads[p];
      if (gap <= 0) {
        return false; // partners are sorted: no lighter shard is left
      }
      if (tryMoveOrSwap(heavy, p, gap, members)) {
        return true;
      }
    }
    return false;
  }

  /** Best single move or swap between heavy and partner; applies it if it lowers their maximum. */
  private boolean tryMoveOrSwap(int heavy, int partner, long gap, TreeSet<Integer>[] members) {
    // A transfer of delta from heavy to partner is useful when 0 < delta < gap; best at gap / 2.
    long half = gap / 2;
    long bestDelta = 0;
    int bestOut = -1;
    int bestIn = -1;
    // Moves: a unit of heavy whose duration is near gap / 2.
    for (int u : neighbours(members[heavy], half)) {
      long delta = millis[u];
      if (better(delta, gap, bestDelta, u, bestOut, -1, bestIn)) {
        bestDelta = delta;
        bestOut = u;
        bestIn = -1;
      }
    }
    // Swaps: a of heavy and b of partner with millis[a] - millis[b] near gap / 2.
    if (!members[partner].isEmpty()) {
      for (int a : members[heavy]) {
        long want = millis[a] - half;
        if (want < 0) {
          break; // members are longest first, so every later a is shorter still
        }
        for (int b : neighbours(members[partner], want)) {
          long delta = millis[a] - millis[b];
          if (better(delta, gap, bestDelta, a, bestOut, b, bestIn)) {
            bestDelta = delta;
            bestOut = a;
            bestIn = b;
          }
        }
      }
    }
    if (bestOut < 0) {
      return false;
    }
    members[heavy].remove(bestOut);
    members[partner].add(bestOut);
    shardOf[bestOut] = partner;
    if (bestIn >= 0) {
      members[partner].remove(bestIn);
      members[heavy].add(bestIn);
      shardOf[bestIn] = heavy;
    }
    loads[heavy] -= bestDelta;
    loads[partner] += bestDelta;
    return true;
  }

  /**
   * A transfer of delta lowers max(heavy, partner) iff 0 < delta < gap; the closer to gap / 2 the
   * lower. Ties go to the candidate with the smaller positions, for determinism.
   */
  private static boolean better(
      long delta, long gap, long bestDelta, int out, int bestOut, int in, int bestIn) {
    if (delta <= 0 || delta >= gap) {
      return false;
    }
    if (bestOut < 0) {
      return true;
    }
    long score = Math.max(gap - delta, delta);
    long bestScore = Math.max(gap - bestDelta, bestDelta);
    if (score != bestScore) {
      return score < bestScore;
    }
    if (out != bestOut) {
      return out < bestOut;
    }
    return in < bestIn;
  }

  /** The member with the longest duration at most {@code target}, and the one just above it. */
  private int[] neighbours(TreeSet<Integer> set, long target) {
    // Positions are sorted longest first: the first position with millis <= target.
    int pos = firstAtMost(target);
    int[] found = new int[4];
    int n = 0;
    Integer below = set.ceiling(pos);
    if (below != null) {
      found[n++] = below;
    }
    Integer above = set.lower(pos);
    if (above != null) {
      found[n++] = above;
    }
    return Arrays.copyOf(found, n);
  }

  private int firstAtMost(long target) {
    int lo = 0;
    int hi = millis.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (millis[mid] <= target) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }
}
