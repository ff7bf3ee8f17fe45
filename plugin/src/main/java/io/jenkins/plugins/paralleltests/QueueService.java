package io.jenkins.plugins.paralleltests;

import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.queue.Batch;
import dev.paralleltests.core.queue.BatchRecord;
import dev.paralleltests.core.queue.Claim;
import dev.paralleltests.core.queue.QueueSettings;
import dev.paralleltests.core.queue.QueueVerdict;
import dev.paralleltests.core.queue.WorkQueue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * Queue mode on the controller, without Jenkins types: the queue of one build's named run lives in
 * {@code <build>/parallel-tests/queue.json} (or {@code queue-NAME.json}), next to the plan it was
 * made from, so it survives a controller restart and goes with the build. Every call reads the
 * file, changes it and writes it back (atomically and durably) under its file's lock ({@link
 * StateFileLocks}), so claims are atomic per build whoever calls, and builds do not wait for each
 * other.
 */
final class QueueService {

  /** How long a shard told to wait sleeps before it asks again. */
  static final int WAIT_SECONDS = 5;

  private static final StateFileLocks LOCKS = new StateFileLocks();

  private QueueService() {}

  static Path queueFile(Path buildDir, String runName) {
    return buildDir
        .resolve(BuildFiles.DIR)
        .resolve(runName.isEmpty() ? "queue.json" : "queue-" + runName + ".json");
  }

  /** How many state files have a lock now (those with a call running or waiting). */
  static int lockedFiles() {
    return LOCKS.size();
  }

  /** What a queue operation needs: the build's directory, the run's name, a clock. */
  record Build(Path buildDir, String runName, LongSupplier clock) {}

  private interface Operation<T> {
    T apply(WorkQueue queue, ShardPlan plan) throws IOException;
  }

  private static <T> T withQueue(Build build, Operation<T> operation) throws IOException {
    Path file = StateFileLocks.key(queueFile(build.buildDir(), build.runName()));
    return LOCKS.with(
        file,
        () -> {
          Path planFile = BuildFiles.plan(build.buildDir(), build.runName());
          if (!Files.isRegularFile(planFile)) {
            throw new IOException(
                "no plan"
                    + (build.runName().isEmpty() ? "" : " named '" + build.runName() + "'")
                    + " in this build ("
                    + planFile
                    + "): parallelTestsPlan must run first");
          }
          ShardPlan plan = PlanJson.read(planFile);
          WorkQueue queue =
              WorkQueue.openOrCreate(plan, QueueSettings.defaults(), file, build.clock());
          return operation.apply(queue, plan);
        });
  }

  /**
   * The next work of {@code shard}, as the plain map the script reads: {@code kind} ({@code batch},
   * {@code wait} or {@code done}), {@code reason}, {@code waitSeconds}, and for a batch {@code
   * batch}: its {@code id}, {@code attempt}, {@code catchAll}, {@code units} (how many), {@code
   * env} and {@code files} (the same variables and files a static shard gets, describing this
   * batch, plus {@code PARALLEL_TESTS_BATCH} and {@code PARALLEL_TESTS_ATTEMPT}).
   */
  static Map<String, Object> claim(Build build, int shard) throws IOException {
    return withQueue(
        build, (queue, plan) -> describe(queue, plan, build.runName(), queue.claim(shard)));
  }

  /**
   * Records that a batch ran (its tests passed or failed) and took until now; with {@code failFast}
   * a failed batch stops all claiming.
   */
  static void done(Build build, int batchId, long testMillis, boolean failed, boolean failFast)
      throws IOException {
    withQueue(
        build,
        (queue, plan) -> {
          BatchRecord record = record(queue, batchId);
          long wall = build.clock().getAsLong() - record.batch().claimedAtMillis();
          if (failed && failFast) {
            // One write: a crash cannot keep the report without the stop.
            queue.completeAndStop(
                batchId,
                wall,
                testMillis,
                "shard " + record.batch().shard() + ", batch " + batchId + " failed (failFast)");
          } else {
            queue.complete(batchId, wall, testMillis);
          }
          return null;
        });
  }

  /** Records that a batch was interrupted (timeout, abort, agent lost) before it reported. */
  static void lost(Build build, int batchId, String reason) throws IOException {
    withQueue(
        build,
        (queue, plan) -> {
          queue.lose(batchId, List.of(), reason);
          return null;
        });
  }

  /** A shard's branch failed outside a batch: its batch in flight, if any, goes back. */
  static void lostShard(Build build, int shard, String reason) throws IOException {
    withQueue(
        build,
        (queue, plan) -> {
          queue.loseShard(shard, reason);
          return null;
        });
  }

  /**
   * Nothing more is handed out to any shard, for this reason (the build is being stopped); the
   * first reason given stays. A queue no shard has claimed from yet is made stopped, so that the
   * record step judges the run by it; without a plan, there is no queue to stop.
   */
  static void stop(Build build, String reason) throws IOException {
    if (!Files.isRegularFile(BuildFiles.plan(build.buildDir(), build.runName()))) {
      return;
    }
    withQueue(
        build,
        (queue, plan) -> {
          queue.stop(reason);
          return null;
        });
  }

  /** The batches handed out so far, for the build page; empty when the run used no queue. */
  static List<BatchRecord> batches(Path buildDir, String runName) throws IOException {
    return open(buildDir, runName).map(WorkQueue::batches).orElse(List.of());
  }

  /** The run's queue as its state file says; empty when the run used no queue. */
  static java.util.Optional<WorkQueue> open(Path buildDir, String runName) throws IOException {
    Path file = StateFileLocks.key(queueFile(buildDir, runName));
    if (!Files.isRegularFile(file)) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        LOCKS.with(file, () -> WorkQueue.open(file, System::currentTimeMillis)));
  }

  /**
   * The plan as the shards really ran it in queue mode, for recording and judging: each shard with
   * the units of its done batches (checked against its junit results like a static shard's). What
   * never ran is not in it: {@link #verdict} names those units from the queue itself. Empty when
   * this run used no queue.
   */
  static java.util.Optional<ShardPlan> planAsRun(Path buildDir, String runName) throws IOException {
    java.util.Optional<WorkQueue> opened = open(buildDir, runName);
    if (opened.isEmpty()) {
      return java.util.Optional.empty();
    }
    WorkQueue queue = opened.get();
    ShardPlan plan = PlanJson.read(BuildFiles.plan(buildDir, runName));
    int n = plan.shards().size();
    List<List<String>> units = new ArrayList<>();
    long[] predicted = new long[n];
    int catchAll = 0;
    for (int i = 0; i < n; i++) {
      units.add(new ArrayList<>());
    }
    for (BatchRecord b : queue.batches()) {
      int i = b.batch().shard() - 1;
      if (b.status() != dev.paralleltests.core.queue.BatchStatus.DONE) {
        continue;
      }
      units.get(i).addAll(b.batch().units());
      predicted[i] += b.batch().estimatedMillis();
      if (b.batch().catchAll()) {
        catchAll = b.batch().shard();
      }
    }
    List<Shard> shards = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      shards.add(new Shard(i + 1, units.get(i), catchAll == i + 1, predicted[i]));
    }
    return java.util.Optional.of(
        new ShardPlan(
            plan.granularity(),
            shards,
            plan.lowerBoundMillis(),
            plan.predictedMakespanMillis(),
            plan.knownUnits(),
            plan.estimatedUnits(),
            plan.estimates(),
            plan.notes()));
  }

  /**
   * The queue's verdict on the run (core's {@link QueueVerdict}): every unit that never ran, by
   * name, and notes on lost batches other shards reran. Empty when this run used no queue.
   */
  static java.util.Optional<QueueVerdict> verdict(Path buildDir, String runName)
      throws IOException {
    return open(buildDir, runName).map(QueueVerdict::of);
  }

  private static BatchRecord record(WorkQueue queue, int batchId) {
    List<BatchRecord> all = queue.batches();
    if (batchId < 1 || batchId > all.size()) {
      throw new IllegalArgumentException("no batch " + batchId + " in this build's queue");
    }
    return all.get(batchId - 1);
  }

  private static Map<String, Object> describe(
      WorkQueue queue, ShardPlan plan, String runName, Claim claim) {
    Map<String, Object> map = new LinkedHashMap<>();
    map.put("kind", claim.kind().name().toLowerCase(java.util.Locale.ROOT));
    map.put("reason", claim.reason());
    map.put("waitSeconds", WAIT_SECONDS);
    if (claim.batch().isEmpty()) {
      return map;
    }
    Batch batch = claim.batch().get();
    Map<String, Object> b = new LinkedHashMap<>();
    b.put("id", batch.id());
    b.put("attempt", batch.attempt());
    b.put("catchAll", batch.catchAll());
    b.put("units", batch.units().size());
    b.put("env", new ArrayList<>(environment(plan, runName, batch)));
    List<Object> files = new ArrayList<>();
    for (ShardFile file : files(queue, plan, runName, batch)) {
      files.add(file.toMap());
    }
    b.put("files", files);
    map.put("batch", b);
    return map;
  }

  static List<String> environment(ShardPlan plan, String runName, Batch batch) {
    return List.of(
        ShardFiles.SHARD + "=" + batch.shard(),
        ShardFiles.SHARDS + "=" + plan.shards().size(),
        ShardFiles.NAME + "=" + runName,
        ShardFiles.CATCH_ALL + "=" + batch.catchAll(),
        "PARALLEL_TESTS_BATCH=" + batch.id(),
        "PARALLEL_TESTS_ATTEMPT=" + batch.attempt());
  }

  /**
   * The batch's files, made by the same {@link ShardFiles} as a static shard's: from a plan whose
   * first shard is the batch (for the catch-all batch, with every unit of the plan on a second
   * shard, so that it excludes them all), under the shard's own directory per batch.
   */
  static List<ShardFile> files(WorkQueue queue, ShardPlan plan, String runName, Batch batch) {
    List<Shard> shards = new ArrayList<>();
    shards.add(new Shard(1, batch.units(), batch.catchAll(), batch.estimatedMillis()));
    if (batch.catchAll() && !queue.catchAllExcludes().isEmpty()) {
      shards.add(new Shard(2, queue.catchAllExcludes(), false, 0));
    }
    ShardPlan view =
        new ShardPlan(plan.granularity(), shards, 0, 0, plan.knownUnits(), plan.estimatedUnits());
    String from = "/shard-1/";
    String to = "/shard-" + batch.shard() + "/batch-" + batch.id() + "/";
    List<ShardFile> out = new ArrayList<>();
    for (ShardFile f : ShardFiles.files(view, runName, 1)) {
      int at = f.path().lastIndexOf(from);
      String path =
          at < 0
              ? "batch-" + batch.id() + "/" + f.path()
              : f.path().substring(0, at) + to + f.path().substring(at + from.length());
      out.add(new ShardFile(f.variable(), path, f.text(), f.workspaceToken()));
    }
    return out;
  }
}
