package dev.paralleltests.core.queue;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.LongSupplier;

/**
 * The units of a plan, handed out to shards in batches as the shards ask for work (queue mode).
 *
 * <p>Guarantees, checked again whenever a state file is read:
 *
 * <ul>
 *   <li>Every unit is run by exactly one batch: a done batch, or a lost batch that reported it
 *       before it was lost. A unit of a lost batch goes back to the queue once, as a second attempt
 *       that only another shard can claim; if that batch is lost too, the unit is reported missing
 *       by name ({@link #missingUnits()}).
 *   <li>The catch-all batch (the tests no plan lists) is handed out exactly once, after every
 *       planned unit was handed out; like units, it gets one second attempt.
 *   <li>After {@link #stop(String)} (fail-fast) nothing more is handed out.
 *   <li>Every change is written to the state file before the call returns (a temporary file, forced
 *       to disk, renamed over the old one), so {@link #open(Path)} after a crash or restart resumes
 *       exactly where the queue was; a shard that asks again for work it was already given gets the
 *       same batch back.
 * </ul>
 *
 * <p>Batch sizes: see {@link QueueSettings}. Thread-safe; for several processes sharing one state
 * file, callers serialize {@link #open(Path)} plus the call themselves.
 */
public final class WorkQueue {

  /** Where the catch-all batch stands. */
  enum CatchAll {
    /** The plan has no catch-all shard: every test is listed. */
    NONE,
    /** Not yet handed out. */
    PENDING,
    /** Handed out (its batch is claimed, done, or lost and given back). */
    HANDED,
    /** Lost once; waiting for a second attempt on another shard. */
    REQUEUED,
    /** Lost twice. */
    MISSING
  }

  private final Path stateFile; // null: in memory only
  private final LongSupplier clock;
  private final QueueSettings settings;
  private final int shardCount;
  private final List<String> planUnits;
  private final Map<String, Long> estimates;
  private final Map<String, Integer> home;
  private final Set<String> unknown;
  private final long catchAllReserveMillis;

  // What changes: all written to the state file after every change.
  private final LinkedHashSet<String> pending;
  private final Map<String, Integer> requeued; // unit -> the shard that lost it
  private CatchAll catchAll;
  private int catchAllLostBy;
  private final List<BatchRecord> batches;
  private final LinkedHashSet<String> missing;
  private final TreeSet<Integer> lostShards;
  private String stopReason;

  WorkQueue(
      Path stateFile,
      LongSupplier clock,
      QueueSettings settings,
      int shardCount,
      List<String> planUnits,
      Map<String, Long> estimates,
      Map<String, Integer> home,
      Collection<String> unknown,
      long catchAllReserveMillis,
      Collection<String> pending,
      Map<String, Integer> requeued,
      CatchAll catchAll,
      int catchAllLostBy,
      List<BatchRecord> batches,
      Collection<String> missing,
      Collection<Integer> lostShards,
      String stopReason) {
    this.stateFile = stateFile == null ? null : stateFile.toAbsolutePath().normalize();
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.shardCount = shardCount;
    this.planUnits = List.copyOf(planUnits);
    this.estimates = Map.copyOf(estimates);
    this.home = Map.copyOf(home);
    this.unknown = Set.copyOf(unknown);
    this.catchAllReserveMillis = catchAllReserveMillis;
    this.pending = new LinkedHashSet<>(sortedLongestFirst(pending));
    if (this.pending.size() != pending.size()) {
      throw new IllegalStateException("a unit is queued twice: " + duplicates(pending));
    }
    this.requeued = new LinkedHashMap<>(requeued);
    this.catchAll = catchAll;
    this.catchAllLostBy = catchAllLostBy;
    this.batches = new ArrayList<>(batches);
    this.missing = new LinkedHashSet<>(missing);
    this.lostShards = new TreeSet<>(lostShards);
    this.stopReason = stopReason;
    checkInvariant();
  }

  /**
   * A new queue holding every unit of the plan, written to {@code stateFile}.
   *
   * @throws IOException when the state file cannot be written
   */
  public static WorkQueue create(
      ShardPlan plan, QueueSettings settings, Path stateFile, LongSupplier clock)
      throws IOException {
    WorkQueue queue = fromPlan(plan, settings, Objects.requireNonNull(stateFile), clock);
    queue.save();
    return queue;
  }

  /**
   * A queue that keeps its state in memory only (for simulations): nothing survives a restart, and
   * no call throws {@link IOException}.
   */
  public static WorkQueue inMemory(ShardPlan plan, QueueSettings settings, LongSupplier clock) {
    return fromPlan(plan, settings, null, clock);
  }

  private static WorkQueue fromPlan(
      ShardPlan plan, QueueSettings settings, Path stateFile, LongSupplier clock) {
    List<String> units = plan.allUnits();
    Map<String, Long> estimates = new LinkedHashMap<>();
    Map<String, Integer> home = new LinkedHashMap<>();
    Set<String> unknown = new HashSet<>();
    long reserve = 0;
    for (Shard s : plan.shards()) {
      long sum = 0;
      long fallback = s.units().isEmpty() ? 0 : s.predictedMillis() / s.units().size();
      for (String unit : s.units()) {
        UnitEstimate e = plan.estimates().get(unit);
        long millis = e != null ? e.millis() : fallback;
        if (e == null || e.isEstimated()) {
          unknown.add(unit);
        }
        estimates.put(unit, millis);
        home.put(unit, s.index());
        sum += millis;
      }
      if (s.catchAll()) {
        reserve = Math.max(0, s.predictedMillis() - sum);
      }
    }
    return new WorkQueue(
        stateFile,
        clock,
        settings,
        plan.shards().size(),
        units,
        estimates,
        home,
        unknown,
        reserve,
        units,
        Map.of(),
        plan.catchAllShard().isPresent() ? CatchAll.PENDING : CatchAll.NONE,
        0,
        List.of(),
        List.of(),
        List.of(),
        null);
  }

  /**
   * The queue as its state file says, after a restart.
   *
   * @throws IOException when the file cannot be read, or is not a consistent queue state (the
   *     message names the file)
   */
  public static WorkQueue open(Path stateFile, LongSupplier clock) throws IOException {
    return QueueStateJson.read(stateFile, clock);
  }

  /**
   * The queue in {@code stateFile} if there is one, else a new one for the plan; a state file for
   * other units than the plan's is refused.
   */
  public static WorkQueue openOrCreate(
      ShardPlan plan, QueueSettings settings, Path stateFile, LongSupplier clock)
      throws IOException {
    if (!Files.exists(stateFile)) {
      return create(plan, settings, stateFile, clock);
    }
    WorkQueue queue = open(stateFile, clock);
    if (!new HashSet<>(queue.planUnits).equals(new HashSet<>(plan.allUnits()))
        || queue.shardCount != plan.shards().size()) {
      throw new IOException(
          stateFile + ": this queue holds another plan's units; remove it to start a new queue");
    }
    return queue;
  }

  /**
   * The next work for {@code shard} (1-based): a batch, wait, or done.
   *
   * @throws IOException when the new state cannot be written (then nothing was handed out)
   */
  public synchronized Claim claim(int shard) throws IOException {
    checkShard(shard);
    if (stopReason != null) {
      return Claim.done("the queue was stopped: " + stopReason);
    }
    if (lostShards.contains(shard)) {
      return Claim.done("shard " + shard + " was lost; its work went to other shards");
    }
    Optional<BatchRecord> running = inFlight(shard);
    if (running.isPresent()) {
      // Asked again before reporting (a resumed pipeline, a retried call): the same work.
      return Claim.of(running.get().batch());
    }
    Snapshot before = snapshot();
    Claim claim;
    try {
      claim = next(shard);
      save();
    } catch (IOException | RuntimeException e) {
      restore(before);
      throw e;
    }
    return claim;
  }

  private Claim next(int shard) {
    List<String> second =
        requeued.entrySet().stream()
            .filter(e -> e.getValue() != shard)
            .map(Map.Entry::getKey)
            .toList();
    if (!second.isEmpty()) {
      List<String> take = take(sortedLongestFirst(second), laterTarget(shard));
      take.forEach(requeued::remove);
      return hand(shard, take, false, 2);
    }
    if (catchAll == CatchAll.REQUEUED && catchAllLostBy != shard) {
      catchAll = CatchAll.HANDED;
      return hand(shard, List.of(), true, 2);
    }
    boolean first = batches.stream().noneMatch(b -> b.batch().shard() == shard);
    if (first) {
      List<String> own =
          sortedLongestFirst(pending.stream().filter(u -> home.get(u) == shard).toList());
      if (!own.isEmpty()) {
        long total = homeTotal(shard);
        // A small part goes whole: every unit, also those whose estimate is 0 ms, which taking
        // up to the part's total would leave for a batch of their own (one more runner start).
        List<String> take =
            smallPart(shard, total) ? own : take(own, Math.round(settings.firstShare() * total));
        take.forEach(pending::remove);
        return hand(shard, take, false, 1);
      }
    }
    if (!pending.isEmpty()) {
      List<String> take = take(pending, laterTarget(shard));
      take.forEach(pending::remove);
      return hand(shard, take, false, 1);
    }
    if (catchAll == CatchAll.PENDING) {
      catchAll = CatchAll.HANDED;
      return hand(shard, List.of(), true, 1);
    }
    if (batches.stream().anyMatch(b -> b.status() == BatchStatus.CLAIMED)) {
      return Claim.waiting("other shards' batches are still running and may come back");
    }
    return Claim.done("the queue is drained");
  }

  private Claim hand(int shard, List<String> units, boolean isCatchAll, int attempt) {
    long estimate = isCatchAll ? catchAllReserveMillis : sum(units);
    Batch batch =
        new Batch(
            batches.size() + 1, shard, units, isCatchAll, attempt, estimate, clock.getAsLong());
    batches.add(BatchRecord.claimed(batch));
    return Claim.of(batch);
  }

  /**
   * Records that a batch ran: its runner took {@code wallMillis}, its reports show {@code
   * testMillis} of tests. A batch already reported, or already declared lost, is left alone.
   *
   * @return true when this call recorded the report
   */
  public synchronized boolean complete(int batchId, long wallMillis, long testMillis)
      throws IOException {
    return report(batchId, wallMillis, testMillis, null);
  }

  /**
   * Fail-fast after a failed batch: records its report as {@link #complete} does and stops the
   * queue as {@link #stop} does, in one change written once, so that no shard is handed out work in
   * between and a crash cannot keep the report without the stop. The queue stops even when the
   * batch was already reported.
   *
   * @return true when this call recorded the report
   */
  public synchronized boolean completeAndStop(
      int batchId, long wallMillis, long testMillis, String reason) throws IOException {
    return report(batchId, wallMillis, testMillis, stopReason(reason));
  }

  private boolean report(int batchId, long wallMillis, long testMillis, String stop)
      throws IOException {
    BatchRecord record = record(batchId);
    if (record.status() != BatchStatus.CLAIMED) {
      if (stop != null) {
        stop(stop);
      }
      return false;
    }
    Snapshot before = snapshot();
    try {
      batches.set(
          batchId - 1,
          new BatchRecord(
              record.batch(),
              BatchStatus.DONE,
              clock.getAsLong(),
              Math.max(0, wallMillis),
              Math.max(0, testMillis),
              "",
              List.of()));
      if (stop != null && stopReason == null) {
        stopReason = stop;
      }
      save();
    } catch (IOException | RuntimeException e) {
      restore(before);
      throw e;
    }
    return true;
  }

  /**
   * Records that a batch's shard died or timed out before reporting it. The units that did report
   * ({@code reportedUnits}) count as run; the others go back to the queue as a second attempt for
   * another shard, or, if this was already their second attempt, are reported missing. The shard
   * gets no more work.
   *
   * @return true when this call recorded the loss
   */
  public synchronized boolean lose(int batchId, Collection<String> reportedUnits, String reason)
      throws IOException {
    BatchRecord record = record(batchId);
    if (record.status() != BatchStatus.CLAIMED) {
      return false;
    }
    Snapshot before = snapshot();
    try {
      Batch batch = record.batch();
      Set<String> reported = new HashSet<>(reportedUnits);
      List<String> salvaged = batch.units().stream().filter(reported::contains).toList();
      batches.set(
          batchId - 1,
          new BatchRecord(batch, BatchStatus.LOST, clock.getAsLong(), 0, 0, reason, salvaged));
      lostShards.add(batch.shard());
      for (String unit : batch.units()) {
        if (reported.contains(unit)) {
          continue;
        }
        if (batch.attempt() == 1) {
          requeued.put(unit, batch.shard());
        } else {
          missing.add(unit);
        }
      }
      if (batch.catchAll()) {
        if (batch.attempt() == 1) {
          catchAll = CatchAll.REQUEUED;
          catchAllLostBy = batch.shard();
        } else {
          catchAll = CatchAll.MISSING;
        }
      }
      save();
    } catch (IOException | RuntimeException e) {
      restore(before);
      throw e;
    }
    return true;
  }

  /**
   * A shard is gone: its batch in flight, if any, is lost with nothing reported, and it gets no
   * more work.
   */
  public synchronized void loseShard(int shard, String reason) throws IOException {
    checkShard(shard);
    Optional<BatchRecord> running = inFlight(shard);
    if (running.isPresent()) {
      lose(running.get().batch().id(), List.of(), reason);
      return;
    }
    if (lostShards.add(shard)) {
      try {
        save();
      } catch (IOException | RuntimeException e) {
        lostShards.remove(shard);
        throw e;
      }
    }
  }

  /** Fail-fast: nothing more is handed out to any shard. The first reason is kept. */
  public synchronized void stop(String reason) throws IOException {
    if (stopReason != null) {
      return;
    }
    stopReason = stopReason(reason);
    try {
      save();
    } catch (IOException | RuntimeException e) {
      stopReason = null;
      throw e;
    }
  }

  private static String stopReason(String reason) {
    return reason == null || reason.isBlank() ? "stopped" : reason;
  }

  /** Every batch handed out so far, by id. */
  public synchronized List<BatchRecord> batches() {
    return List.copyOf(batches);
  }

  /** Units whose batch was lost twice: never run, by name. */
  public synchronized List<String> missingUnits() {
    return List.copyOf(missing);
  }

  /** True when the catch-all batch was lost twice: tests no plan lists may not have run. */
  public synchronized boolean catchAllMissing() {
    return catchAll == CatchAll.MISSING;
  }

  /**
   * Units never handed out, or given back and never handed out again: what is left when the queue
   * was stopped, or when no shard was left to claim them.
   */
  public synchronized List<String> unrunUnits() {
    List<String> out = new ArrayList<>(pending);
    out.addAll(requeued.keySet());
    return out;
  }

  /** True when the catch-all batch was never run (still pending or given back). */
  public synchronized boolean catchAllUnrun() {
    return catchAll == CatchAll.PENDING || catchAll == CatchAll.REQUEUED;
  }

  /** True when no batch is claimed and unreported. */
  public synchronized boolean settled() {
    return batches.stream().noneMatch(b -> b.status() == BatchStatus.CLAIMED);
  }

  /** Why the queue was stopped; empty while it hands out work. */
  public synchronized Optional<String> stopReason() {
    return Optional.ofNullable(stopReason);
  }

  /** Shards that were lost (died or timed out). */
  public synchronized Set<Integer> lostShards() {
    return Set.copyOf(lostShards);
  }

  /**
   * The shard's runner start cost as its first reported batch showed it (wall time minus test
   * time); empty before it reported one.
   */
  public synchronized OptionalLong startCostMillis(int shard) {
    return batches.stream()
        .filter(b -> b.batch().shard() == shard && b.status() == BatchStatus.DONE)
        .findFirst()
        .map(b -> OptionalLong.of(b.startCostMillis()))
        .orElse(OptionalLong.empty());
  }

  /** What the catch-all batch must not run: every unit of the plan. */
  public List<String> catchAllExcludes() {
    return planUnits;
  }

  /** Every unit of the plan, in plan order. */
  public List<String> units() {
    return planUnits;
  }

  public int shardCount() {
    return shardCount;
  }

  public QueueSettings settings() {
    return settings;
  }

  /** The state file this queue writes after every change; empty for a queue in memory. */
  public Optional<Path> stateFile() {
    return Optional.ofNullable(stateFile);
  }

  /** The estimate the queue sizes batches with, for one unit of the plan. */
  public long estimateMillis(String unit) {
    Long millis = estimates.get(unit);
    if (millis == null) {
      throw new IllegalArgumentException("not a unit of this queue: " + unit);
    }
    return millis;
  }

  /**
   * The smallest batch a later claim of this shard gets, in estimated milliseconds: enough test
   * time to pay for {@code startCostFactor} runner starts, never less than the floor, converted
   * with how the shard's estimates compared to its reported test time (a first build's estimates
   * are all a default; an agent may be slower than the history's).
   */
  long minimumBatchMillis(int shard) {
    long startCost = startCostMillis(shard).orElse(0);
    double wall = Math.max(settings.minBatchMillis(), settings.startCostFactor() * startCost);
    return Math.round(wall * estimatePerTestMillisecond(shard));
  }

  /**
   * Estimated over reported milliseconds of the shard's done batches; before the shard reported
   * one, the same over every shard's done batches (a first build's estimates are all a default, so
   * the other shards' pace is a better guess than 1); 1 before any report.
   */
  double estimatePerTestMillisecond(int shard) {
    double own = pace(shard);
    return Double.isNaN(own) ? orElse(pace(0), 1.0) : own;
  }

  /** Estimated over reported milliseconds of one shard's done batches (0: all shards), or NaN. */
  private double pace(int shard) {
    long estimated = 0;
    long tested = 0;
    for (BatchRecord b : batches) {
      if ((shard == 0 || b.batch().shard() == shard)
          && b.status() == BatchStatus.DONE
          && !b.batch().catchAll()
          && b.testMillis() > 0) {
        estimated += b.batch().estimatedMillis();
        tested += b.testMillis();
      }
    }
    return tested == 0 || estimated == 0 ? Double.NaN : (double) estimated / tested;
  }

  private static double orElse(double value, double fallback) {
    return Double.isNaN(value) ? fallback : value;
  }

  /**
   * The claiming shard's next batch, in estimated milliseconds. First its share of the work still
   * queued if every shard is to end at the same time: each active shard runs from when it is free
   * (now for the claimer, the projected end of its running batch for the others), pays one more
   * start, and works at its own measured pace ({@link #endTogetherShare}). Of that share it gets
   * one part in {@code divisor} (guided self-scheduling: work is kept back to even out estimates
   * that were wrong), unless what would be kept back is less than the shard's minimum batch: then
   * the whole share, since a batch that small costs about as much in its start as it can save at
   * the end. Never below the minimum, never above what is queued.
   */
  private long laterTarget(int shard) {
    long remaining = sum(pending) + sum(requeued.keySet());
    if (catchAll == CatchAll.PENDING || catchAll == CatchAll.REQUEUED) {
      remaining += catchAllReserveMillis;
    }
    long minimum = minimumBatchMillis(shard);
    double share = endTogetherShare(shard, remaining);
    double guided = share / settings.divisor();
    boolean whole = share - guided < minimum || wholeShareIsSafe(shard, share);
    long target = Math.round(whole ? share : guided);
    return Math.max(minimum, Math.min(target, remaining));
  }

  /**
   * True when handing the whole share at once risks less than one runner start: the spread of its
   * wall time, as far as the estimates' measured error predicts it ({@link #unitError()} over the
   * square root of its unit count), is below the shard's start cost. Then no later batch can repair
   * more than its own start costs.
   */
  private boolean wholeShareIsSafe(int shard, double share) {
    long start = startCostMillis(shard).orElse(0);
    double error = unitError();
    if (start == 0 || Double.isNaN(error) || share <= 0) {
      return false;
    }
    long queued = pending.size() + requeued.size();
    double mean = (double) (sum(pending) + sum(requeued.keySet())) / Math.max(1, queued);
    double units = Math.max(1, share / Math.max(1, mean));
    double wall = share / estimatePerTestMillisecond(shard);
    return wall * error / Math.sqrt(units) < start;
  }

  /**
   * How far one unit's real time strays from its estimate, relatively (a standard deviation):
   * measured from the done batches' test time against their estimate, each batch's relative
   * deviation from the median batch times the square root of its unit count, and of those the
   * median (so that one slow agent does not count as estimation error). NaN with fewer than 3
   * batches.
   */
  double unitError() {
    List<double[]> done = new ArrayList<>(); // {tested over estimated, units}
    for (BatchRecord b : batches) {
      if (b.status() == BatchStatus.DONE
          && !b.batch().catchAll()
          && b.testMillis() > 0
          && b.batch().estimatedMillis() > 0) {
        done.add(
            new double[] {
              (double) b.testMillis() / b.batch().estimatedMillis(), b.batch().units().size()
            });
      }
    }
    if (done.size() < 3) {
      return Double.NaN;
    }
    double median = median(done.stream().mapToDouble(d -> d[0]).toArray());
    double[] scaled =
        done.stream().mapToDouble(d -> Math.abs(d[0] / median - 1) * Math.sqrt(d[1])).toArray();
    // The median absolute deviation of a normal spread is 0.674 standard deviations.
    return median(scaled) / 0.674;
  }

  private static double median(double[] values) {
    double[] sorted = values.clone();
    java.util.Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }

  /**
   * The claiming shard's part of {@code remaining} estimated milliseconds such that every active
   * shard would end at the same time T: sum over shards of pace x max(0, T - free - start) equals
   * the remaining work, where free is when the shard can start its next batch and start its runner
   * start cost (measured, or the largest any shard measured).
   */
  double endTogetherShare(int shard, long remaining) {
    long now = clock.getAsLong();
    long knownStart = 0;
    for (int s = 1; s <= shardCount; s++) {
      knownStart = Math.max(knownStart, startCostMillis(s).orElse(0));
    }
    List<double[]> ready = new ArrayList<>(); // {when it would start testing, pace}
    double claimerReady = 0;
    double claimerPace = 1;
    for (int s = 1; s <= shardCount; s++) {
      if (lostShards.contains(s)) {
        continue;
      }
      double pace = estimatePerTestMillisecond(s);
      long start = startCostMillis(s).orElse(knownStart);
      double free = now;
      if (s != shard) {
        Optional<BatchRecord> running = inFlight(s);
        if (running.isPresent()) {
          Batch b = running.get().batch();
          free = Math.max(now, b.claimedAtMillis() + start + b.estimatedMillis() / pace);
        }
      } else {
        claimerReady = free + start;
        claimerPace = pace;
      }
      ready.add(new double[] {free + start, pace});
    }
    if (ready.isEmpty()) {
      return remaining;
    }
    ready.sort(Comparator.comparingDouble(r -> r[0]));
    // Raise T shard by shard: with the first k shards working, T = (R + sum pace x ready) / sum
    // pace.
    double paceSum = 0;
    double weighted = 0;
    double end = ready.get(0)[0];
    for (int k = 0; k < ready.size(); k++) {
      paceSum += ready.get(k)[1];
      weighted += ready.get(k)[1] * ready.get(k)[0];
      end = (remaining + weighted) / paceSum;
      if (k + 1 == ready.size() || end <= ready.get(k + 1)[0]) {
        break;
      }
    }
    return Math.max(0, end - claimerReady) * claimerPace;
  }

  /** Units from the head of a longest-first sequence until their estimates reach the target. */
  private List<String> take(Collection<String> longestFirst, long target) {
    List<String> out = new ArrayList<>();
    long sum = 0;
    for (String unit : longestFirst) {
      if (!out.isEmpty() && sum >= target) {
        break;
      }
      out.add(unit);
      sum += estimates.get(unit);
    }
    return out;
  }

  /**
   * True when the shard's static part is too small for holding part of it back to pay (see {@link
   * QueueSettings}): estimated below the setting's limit, and every unit of it has a history.
   */
  boolean smallPart(int shard, long total) {
    if (total >= settings.wholePartBelowMillis()) {
      return false;
    }
    return home.entrySet().stream()
        .noneMatch(e -> e.getValue() == shard && unknown.contains(e.getKey()));
  }

  private long homeTotal(int shard) {
    long total = 0;
    for (Map.Entry<String, Integer> e : home.entrySet()) {
      if (e.getValue() == shard) {
        total += estimates.get(e.getKey());
      }
    }
    return total;
  }

  private long sum(Collection<String> units) {
    long total = 0;
    for (String u : units) {
      total += estimates.get(u);
    }
    return total;
  }

  private List<String> sortedLongestFirst(Collection<String> units) {
    List<String> sorted = new ArrayList<>(units);
    sorted.sort(
        Comparator.comparing((String u) -> !unknown.contains(u))
            .thenComparing(Comparator.comparingLong((String u) -> estimates.get(u)).reversed())
            .thenComparing(Comparator.naturalOrder()));
    return sorted;
  }

  private Optional<BatchRecord> inFlight(int shard) {
    return batches.stream()
        .filter(b -> b.batch().shard() == shard && b.status() == BatchStatus.CLAIMED)
        .findFirst();
  }

  private BatchRecord record(int batchId) {
    if (batchId < 1 || batchId > batches.size()) {
      throw new IllegalArgumentException(
          "no batch " + batchId + " in this queue (" + batches.size() + " handed out)");
    }
    return batches.get(batchId - 1);
  }

  private void checkShard(int shard) {
    if (shard < 1 || shard > shardCount) {
      throw new IllegalArgumentException("shard " + shard + " of a queue for " + shardCount);
    }
  }

  /**
   * Every unit is in exactly one place: queued, given back, missing, in a claimed or done batch, or
   * salvaged from a lost one.
   */
  void checkInvariant() {
    Map<String, String> where = new LinkedHashMap<>();
    for (String u : pending) {
      place(where, u, "queued");
    }
    for (String u : requeued.keySet()) {
      place(where, u, "given back");
    }
    for (String u : missing) {
      place(where, u, "missing");
    }
    int catchAllBatches = 0;
    for (int i = 0; i < batches.size(); i++) {
      BatchRecord b = batches.get(i);
      if (b.batch().id() != i + 1) {
        throw new IllegalStateException("batch ids must be 1.." + batches.size());
      }
      if (b.batch().shard() > shardCount) {
        throw new IllegalStateException(b.batch() + " names a shard beyond " + shardCount);
      }
      Collection<String> counted =
          b.status() == BatchStatus.LOST ? b.salvaged() : b.batch().units();
      for (String u : counted) {
        place(where, u, b.batch().toString());
      }
      if (b.batch().catchAll() && b.status() != BatchStatus.LOST) {
        catchAllBatches++;
      }
    }
    if (!where.keySet().equals(new HashSet<>(planUnits)) || where.size() != planUnits.size()) {
      Set<String> absent = new TreeSet<>(planUnits);
      absent.removeAll(where.keySet());
      throw new IllegalStateException(
          "units unaccounted for: " + absent.stream().limit(5).toList());
    }
    if (catchAllBatches > 1) {
      throw new IllegalStateException("the catch-all batch ran more than once");
    }
  }

  private static List<String> duplicates(Collection<String> units) {
    Set<String> seen = new HashSet<>();
    return units.stream().filter(u -> !seen.add(u)).distinct().limit(5).toList();
  }

  private static void place(Map<String, String> where, String unit, String place) {
    String earlier = where.put(unit, place);
    if (earlier != null) {
      throw new IllegalStateException(
          "unit " + unit + " is in two places: " + earlier + " and " + place);
    }
  }

  private void save() throws IOException {
    checkInvariant();
    if (stateFile == null) {
      return;
    }
    try {
      QueueStateJson.write(this, stateFile);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  // Package-private views for the state file.

  Map<String, Long> estimates() {
    return estimates;
  }

  Map<String, Integer> home() {
    return home;
  }

  Set<String> unknownUnits() {
    return unknown;
  }

  long catchAllReserveMillis() {
    return catchAllReserveMillis;
  }

  List<String> pendingUnits() {
    return List.copyOf(pending);
  }

  Map<String, Integer> requeuedUnits() {
    return Map.copyOf(requeued);
  }

  CatchAll catchAllState() {
    return catchAll;
  }

  int catchAllLostBy() {
    return catchAllLostBy;
  }

  /** A copy of what changes, to put back when a change cannot be saved. */
  private record Snapshot(
      List<String> pending,
      Map<String, Integer> requeued,
      CatchAll catchAll,
      int catchAllLostBy,
      List<BatchRecord> batches,
      List<String> missing,
      List<Integer> lostShards,
      String stopReason) {}

  private Snapshot snapshot() {
    return new Snapshot(
        List.copyOf(pending),
        new LinkedHashMap<>(requeued),
        catchAll,
        catchAllLostBy,
        List.copyOf(batches),
        List.copyOf(missing),
        List.copyOf(lostShards),
        stopReason);
  }

  private void restore(Snapshot s) {
    pending.clear();
    pending.addAll(s.pending());
    requeued.clear();
    requeued.putAll(s.requeued());
    catchAll = s.catchAll();
    catchAllLostBy = s.catchAllLostBy();
    batches.clear();
    batches.addAll(s.batches());
    missing.clear();
    missing.addAll(s.missing());
    lostShards.clear();
    lostShards.addAll(s.lostShards());
    stopReason = s.stopReason();
  }
}
