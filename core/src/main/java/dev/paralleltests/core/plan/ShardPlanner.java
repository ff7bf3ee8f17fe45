package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.report.Durations;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Splits units into shards of nearly equal predicted time: LPT (longest unit first, into the
 * least-loaded shard), then moves and swaps between the heaviest shard and lighter ones whenever
 * the plan is above 1.01 x the lower bound. The same request gives the same plan on every machine,
 * whatever the order of its units. Before a plan is returned, it is checked that every unit is in
 * exactly one shard and that none was invented.
 *
 * <pre>{@code
 * ShardPlan plan = ShardPlanner.plan(PlanRequest.of(history.estimates(units), 4));
 * System.out.println(PlanExplanation.of(plan).text());
 * }</pre>
 */
public final class ShardPlanner {

  /** Orders units for LPT: longest first, then by name, so input order never matters. */
  static final Comparator<UnitEstimate> LONGEST_FIRST =
      (a, b) -> {
        int c = Long.compare(b.millis(), a.millis());
        return c != 0 ? c : a.unit().compareTo(b.unit());
      };

  private ShardPlanner() {}

  /**
   * Plans the request.
   *
   * @throws IllegalArgumentException for duplicate or blank unit names, or no units at all with
   *     {@link SafetyNet#INCLUSIONS_ONLY}
   * @throws IllegalStateException if the plan broke its invariant (a bug; never returned)
   */
  public static ShardPlan plan(PlanRequest request) {
    GivenNames given = GivenNames.of(request);
    if (request.units().isEmpty()) {
      return emptyPlan(request, given);
    }
    if (request.shardCount() instanceof ShardCount.Fixed fixed) {
      return planFor(request, given, fixed.shards(), List.of());
    }
    return planAuto(request, given, (ShardCount.Auto) request.shardCount());
  }

  /** Plans the request with exactly {@code shards} shards (capped at the number of units). */
  public static ShardPlan plan(PlanRequest request, int shards) {
    return plan(request.withShardCount(ShardCount.fixed(shards)));
  }

  private static ShardPlan planAuto(PlanRequest request, GivenNames given, ShardCount.Auto auto) {
    long total = 0;
    for (UnitEstimate u : request.units()) {
      total += u.millis();
    }
    // No count below total / target can meet the target: each shard would carry more than it.
    int first = (int) Math.max(1, Math.min(auto.maxShards(), ceilDiv(total, auto.targetMillis())));
    ShardPlan best = null;
    for (int n = first; n <= auto.maxShards(); n++) {
      ShardPlan candidate = planFor(request, given, n, List.of());
      if (candidate.predictedMakespanMillis() <= auto.targetMillis()) {
        return withNote(
            candidate,
            "auto: "
                + candidate.shards().size()
                + " shards is the smallest count predicted to finish within "
                + Durations.format(auto.targetMillis())
                + " (maximum "
                + auto.maxShards()
                + ")");
      }
      if (best == null || candidate.predictedMakespanMillis() < best.predictedMakespanMillis()) {
        best = candidate;
      }
      if (candidate.shards().size() < n) {
        break; // capped by the number of units: more shards change nothing
      }
    }
    // Out of reach (a unit longer than the target): the fewest shards that come within 1% of the
    // best time found, since shards beyond that only cost machines.
    long good = best.predictedMakespanMillis() + best.predictedMakespanMillis() / 100;
    ShardPlan chosen = best;
    for (int n = 1; n < best.shards().size(); n++) {
      ShardPlan candidate = planFor(request, given, n, List.of());
      if (candidate.predictedMakespanMillis() <= good) {
        chosen = candidate;
        break;
      }
    }
    return withNote(
        chosen,
        "auto: no shard count up to "
            + auto.maxShards()
            + " is predicted to finish within "
            + Durations.format(auto.targetMillis())
            + "; "
            + chosen.shards().size()
            + " shards come closest");
  }

  private static ShardPlan planFor(
      PlanRequest request, GivenNames given, int requestedShards, List<String> notes) {
    List<String> allNotes = new ArrayList<>(notes);
    List<UnitEstimate> units = expand(request, requestedShards, allNotes);
    // Cases a runner can only select together are balanced as one unit, then listed one by one.
    SelectionGroups groups = SelectionGroups.of(units);
    int separable = groups.representatives().size();
    int n = Math.min(requestedShards, separable);
    if (n < requestedShards) {
      allNotes.add(
          requestedShards
              + " shards requested, "
              + n
              + " planned: there are only "
              + separable
              + (separable == units.size() ? " units" : " units a runner can select apart")
              + " (no shard is left empty)");
    }
    int known = 0;
    for (UnitEstimate u : units) {
      if (!u.isEstimated()) {
        known++;
      }
    }
    UnitEstimate[] sorted = longestFirst(groups.representatives());
    long[] millis = new long[sorted.length];
    long total = 0;
    for (int i = 0; i < sorted.length; i++) {
      millis[i] = sorted[i].millis();
      total += millis[i];
    }
    long reserve = request.safetyNet() == SafetyNet.CATCH_ALL ? request.catchAllReserveMillis() : 0;
    if (reserve > 0) {
      allNotes.add(
          "kept "
              + Durations.format(reserve)
              + " free on the catch-all shard for tests not in the plan");
    }
    long lowerBound = LowerBound.of(total + reserve, sorted.length == 0 ? 0 : millis[0], n);
    Balancer balanced = Balancer.balance(millis, n, lowerBound, reserve);

    PlannedEstimates estimates = new PlannedEstimates(units.size());
    List<Shard> shards = buildShards(request, sorted, groups, balanced, n, estimates);
    ShardPlan plan =
        new ShardPlan(
            request.granularity(),
            shards,
            lowerBound,
            balanced.makespan(),
            known,
            units.size() - known,
            estimates,
            allNotes);
    PlanInvariant.check(request, plan, given);
    return plan;
  }

  /**
   * Shard 1 is the least-loaded shard (or the one holding the reserve), so that with a catch-all
   * the unknown tests land where there is most room; the others follow by load, heaviest first.
   * Within a shard, longest unit first.
   */
  private static List<Shard> buildShards(
      PlanRequest request,
      UnitEstimate[] sorted,
      SelectionGroups selection,
      Balancer balanced,
      int n,
      PlannedEstimates estimatesOut) {
    List<List<UnitEstimate>> groups = new ArrayList<>(n);
    int[] firstUnit = new int[n];
    Arrays.fill(firstUnit, -1);
    int[] sizes = new int[n];
    for (int u = 0; u < sorted.length; u++) {
      sizes[balanced.shardOf[u]]++;
    }
    for (int s = 0; s < n; s++) {
      groups.add(new ArrayList<>(sizes[s]));
    }
    for (int u = 0; u < sorted.length; u++) {
      int s = balanced.shardOf[u];
      groups.get(s).add(sorted[u]);
      if (firstUnit[s] < 0) {
        firstUnit[s] = u;
      }
    }
    Integer[] order = new Integer[n];
    for (int s = 0; s < n; s++) {
      order[s] = s;
    }
    Comparator<Integer> heaviestFirst =
        (a, b) -> {
          int c = Long.compare(balanced.loads[b], balanced.loads[a]);
          return c != 0 ? c : Integer.compare(firstUnit[a], firstUnit[b]);
        };
    Arrays.sort(order, heaviestFirst);
    // Shard 1 first: the one holding the catch-all reserve if there is one, else the lightest.
    int first =
        request.catchAllReserveMillis() > 0 && request.safetyNet() == SafetyNet.CATCH_ALL
            ? 0
            : order[n - 1];
    Integer[] ordered = new Integer[n];
    ordered[0] = first;
    int next = 1;
    for (int s : order) {
      if (s != first) {
        ordered[next++] = s;
      }
    }
    boolean catchAll = request.safetyNet() == SafetyNet.CATCH_ALL;
    List<Shard> shards = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int s = ordered[i];
      List<String> names = new ArrayList<>(groups.get(s).size());
      for (UnitEstimate group : groups.get(s)) {
        List<UnitEstimate> members = selection.members().get(group.unit());
        if (members == null) {
          names.add(group.unit()); // a unit of its own
          estimatesOut.add(group);
          continue;
        }
        for (UnitEstimate u : members) {
          names.add(u.unit());
          estimatesOut.add(u);
        }
      }
      shards.add(Shard.of(i + 1, names, catchAll && i == 0, balanced.loads[s]));
    }
    return shards;
  }

  /**
   * The units in {@link #LONGEST_FIRST} order, cheaply: sorted by name first (one pass when they
   * already are, as the history's known units are), then by time alone on primitive keys (time
   * descending, then name rank), instead of comparing 100,000 names with long common prefixes again
   * on every tie and every comparison of a general-purpose sort.
   */
  static UnitEstimate[] longestFirst(List<UnitEstimate> units) {
    UnitEstimate[] byName = units.toArray(new UnitEstimate[0]);
    if (!inNameOrder(byName)) {
      Arrays.sort(byName, BY_NAME);
    }
    long max = 0;
    for (UnitEstimate u : byName) {
      max = Math.max(max, u.millis());
    }
    int indexBits = 32 - Integer.numberOfLeadingZeros(Math.max(1, byName.length - 1));
    int millisBits = 64 - Long.numberOfLeadingZeros(max);
    if (indexBits + millisBits > 63) {
      Arrays.sort(byName, LONGEST_FIRST); // times beyond any real suite: the general sort
      return byName;
    }
    long[] keys = new long[byName.length];
    for (int i = 0; i < byName.length; i++) {
      keys[i] = ((max - byName[i].millis()) << indexBits) | i;
    }
    Arrays.sort(keys);
    long mask = (1L << indexBits) - 1;
    UnitEstimate[] out = new UnitEstimate[byName.length];
    for (int i = 0; i < keys.length; i++) {
      out[i] = byName[(int) (keys[i] & mask)];
    }
    return out;
  }

  private static final Comparator<UnitEstimate> BY_NAME = (a, b) -> a.unit().compareTo(b.unit());

  /** Whether the units are in strictly increasing name order: one comparison per unit. */
  private static boolean inNameOrder(UnitEstimate[] units) {
    for (int i = 1; i < units.length; i++) {
      if (units[i - 1].unit().compareTo(units[i].unit()) >= 0) {
        return false;
      }
    }
    return true;
  }

  /** Replaces units longer than splitFactor x total / shards by their test cases. */
  private static List<UnitEstimate> expand(PlanRequest request, int shards, List<String> notes) {
    if (request.testCases().isEmpty()) {
      return request.units();
    }
    long total = 0;
    for (UnitEstimate u : request.units()) {
      total += u.millis();
    }
    double threshold = request.splitFactor() * total / shards;
    List<UnitEstimate> out = new ArrayList<>();
    List<UnitEstimate> sorted = new ArrayList<>(request.units());
    sorted.sort(LONGEST_FIRST);
    for (UnitEstimate u : sorted) {
      List<UnitEstimate> cases = request.testCases().getOrDefault(u.unit(), List.of());
      if (shards > 1 && u.millis() > threshold && cases.size() >= 2) {
        out.addAll(scaled(u, cases));
        notes.add(
            "split "
                + u.unit()
                + " ("
                + Durations.format(u.millis())
                + ", more than "
                + (request.splitFactor() == 1.0 ? "" : request.splitFactor() + " x ")
                + "total / shards) into its "
                + cases.size()
                + " test cases");
      } else {
        out.add(u);
      }
    }
    return out;
  }

  /**
   * A class's time includes setup and teardown that no case carries; scaling the cases to the
   * class's estimate keeps that time in the plan instead of losing it.
   */
  private static List<UnitEstimate> scaled(UnitEstimate unit, List<UnitEstimate> cases) {
    long sum = 0;
    for (UnitEstimate c : cases) {
      sum += c.millis();
    }
    List<UnitEstimate> out = new ArrayList<>(cases.size());
    for (UnitEstimate c : cases) {
      long millis =
          sum == 0
              ? unit.millis() / cases.size()
              : Math.round((double) c.millis() * unit.millis() / sum);
      out.add(new UnitEstimate(c.unit(), millis, c.samples()));
    }
    return out;
  }

  private static ShardPlan emptyPlan(PlanRequest request, GivenNames given) {
    if (request.safetyNet() == SafetyNet.INCLUSIONS_ONLY) {
      throw new IllegalArgumentException(
          "no units to plan: with inclusion lists only, at least one unit must be given");
    }
    // Nothing known yet (a first build): one catch-all shard that runs everything.
    ShardPlan plan =
        new ShardPlan(
            request.granularity(),
            List.of(Shard.of(1, List.of(), true, 0)),
            0,
            0,
            0,
            0,
            Map.of(),
            List.of("no units known: one catch-all shard runs every test"));
    PlanInvariant.check(request, plan, given);
    return plan;
  }

  private static ShardPlan withNote(ShardPlan plan, String note) {
    List<String> notes = new ArrayList<>(plan.notes());
    notes.add(0, note);
    return new ShardPlan(
        plan.granularity(),
        plan.shards(),
        plan.lowerBoundMillis(),
        plan.predictedMakespanMillis(),
        plan.knownUnits(),
        plan.estimatedUnits(),
        plan.estimates(),
        notes);
  }

  private static long ceilDiv(long a, long b) {
    return a / b + (a % b == 0 ? 0 : 1);
  }
}
