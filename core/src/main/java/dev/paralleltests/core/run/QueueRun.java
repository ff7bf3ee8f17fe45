package dev.paralleltests.core.run;

import dev.paralleltests.core.history.BuildTimingsCollector;
import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.ReportFiles;
import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.queue.Batch;
import dev.paralleltests.core.queue.Claim;
import dev.paralleltests.core.queue.QueueSettings;
import dev.paralleltests.core.queue.QueueVerdict;
import dev.paralleltests.core.queue.WorkQueue;
import dev.paralleltests.core.report.Durations;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A local run in queue mode: the run holds a {@link WorkQueue} (state in {@code OUT/queue.json}),
 * and each shard's worker claims a batch, runs COMMAND once for it, reports it, and claims again
 * until the queue is drained. Each batch has its own directory {@code OUT/shard-N/batch-K/} (units,
 * includes, excludes, log, reports), so no batch overwrites another's reports; the reports of a
 * batch that ran are filed under {@code OUT/shard-N/reports/batch-K/} for the merge.
 *
 * <p>Faults: a batch that times out ({@code --timeout} is per batch here), is killed by a signal,
 * or cannot start is lost: its reports are set aside (not merged), its units go back to the queue
 * once for another shard, and its shard stops claiming. The queue's {@link QueueVerdict} judges the
 * run, as in Jenkins: units lost twice, given back with no shard left to rerun them, or never
 * handed out (fail-fast), and a catch-all batch that never ran, are problems naming them; a lost
 * batch whose units ran again elsewhere is a note and fails nothing. With fail-fast, the first
 * failed batch stops all claiming.
 */
public final class QueueRun {

  /** The queue's state file in the output directory. */
  public static final String QUEUE_JSON = "queue.json";

  private static final long WAIT_MILLIS = 200;
  private static final long ABANDON_AFTER_KILL_MILLIS = 30_000;

  private final ShardPlan plan;
  private final List<String> stillMissing;
  private final RunConfig config;
  private final WorkQueue queue;
  private final boolean failFast;
  private final ShardLauncher launcher;
  private final ReportCounter counter = new ReportCounter();
  private final Optional<ReportCollector> collector;
  private final long runStartNanos = System.nanoTime();
  private final List<BatchRun> runs = new ArrayList<>();
  private final Map<Integer, ShardProgress> progress = new ConcurrentHashMap<>();
  private final Map<Integer, ShardLauncher.Started> running = new ConcurrentHashMap<>();

  /** The batch each shard is running, by shard, for the log line when the run is stopped. */
  private final Map<Integer, ShardWork> runningWork = new ConcurrentHashMap<>();

  /** Set by Ctrl-C or SIGTERM: no shard claims another batch. */
  private volatile boolean stopping;

  private QueueRun(
      ShardPlan plan,
      RunConfig config,
      WorkQueue queue,
      boolean failFast,
      ShardLauncher launcher,
      List<String> stillMissing) {
    this.stillMissing = List.copyOf(stillMissing);
    this.plan = plan;
    this.config = config;
    this.queue = queue;
    this.failFast = failFast;
    this.launcher = launcher;
    this.collector = config.reportsGlob().map(g -> new ReportCollector(config, g));
  }

  /**
   * Runs the plan's units in queue mode, then merges, reports and records like a static run.
   *
   * @param failFast stop handing out batches once one failed
   * @throws RunException for usage, I/O or environment problems (the run cannot be judged)
   */
  public static QueueOutcome execute(
      ShardPlan plan,
      RunConfig config,
      QueueSettings settings,
      boolean failFast,
      Optional<Path> history,
      String buildId)
      throws RunException {
    return execute(plan, config, settings, failFast, history, buildId, List.of());
  }

  /**
   * As {@link #execute(ShardPlan, RunConfig, QueueSettings, boolean, Optional, String)}, for a plan
   * that left {@code stillMissing} to the catch-all as missing ({@link
   * ParallelRun#execute(ShardPlan, RunConfig, Optional, String, List)}).
   */
  public static QueueOutcome execute(
      ShardPlan plan,
      RunConfig config,
      QueueSettings settings,
      boolean failFast,
      Optional<Path> history,
      String buildId,
      List<String> stillMissing)
      throws RunException {
    Path out = config.outDir();
    ParallelRun.clearPreviousRun(out);
    Path planFile = out.resolve(ParallelRun.PLAN_JSON);
    WorkQueue queue;
    try {
      PlanJson.write(plan, planFile);
      Files.deleteIfExists(out.resolve(QUEUE_JSON));
      queue = WorkQueue.create(plan, settings, out.resolve(QUEUE_JSON), System::currentTimeMillis);
    } catch (IOException e) {
      throw new RunException("cannot write to " + out + ": " + e.getMessage(), e);
    }
    if (plan.shards().size() > 1
        && !config.copy()
        && config.reportsGlob().isPresent()
        && !config.reportsGlob().get().contains("{shard}")) {
      throw new RunException(
          "--reports '"
              + config.reportsGlob().get()
              + "' must contain {shard} when more than one shard runs, so that shards cannot"
              + " overwrite each other's reports (for example target/shard-{shard}/*.xml), or"
              + " each shard needs its own copy (--copy)");
    }
    QueueRun run = new QueueRun(plan, config, queue, failFast, launcher(config), stillMissing);
    return run.runAll(history, buildId, planFile);
  }

  private static ShardLauncher launcher(RunConfig config) throws RunException {
    if (config.docker().isEmpty()) {
      return new LocalLauncher(config);
    }
    if (config.copy()) {
      throw new RunException("--copy runs shards as local processes: it does not go with --image");
    }
    String runId =
        Long.toString(ProcessHandle.current().pid(), 36)
            + "-"
            + HexFormat.of().formatHex(new byte[] {(byte) ThreadLocalRandom.current().nextInt()});
    DockerLauncher docker =
        new DockerLauncher(config.docker().get(), config.workDir(), config.outDir(), runId);
    Optional<String> problem = docker.problem();
    if (problem.isPresent()) {
      throw new RunException(problem.get());
    }
    return docker;
  }

  private QueueOutcome runAll(Optional<Path> history, String buildId, Path planFile)
      throws RunException {
    int n = plan.shards().size();
    for (int shard = 1; shard <= n; shard++) {
      Path dir = shardDir(shard);
      try {
        Files.createDirectories(dir.resolve("reports"));
        Files.write(dir.resolve("units.txt"), List.of()); // filled in at the end
        if (config.copy()) {
          // Once per shard: all its batches run in this copy (ShardWork#checkoutDir).
          CheckoutCopy.copy(config.workDir(), dir.resolve("checkout"), config.outDir());
        }
      } catch (IOException | UncheckedIOException e) {
        throw new RunException("cannot prepare " + dir + ": " + e.getMessage(), e);
      }
      progress.put(shard, new ShardProgress(shard, "waiting", false, 0, 0, 0));
    }
    // Ctrl-C or SIGTERM: the shutdown hook stops the batches, and says so in their logs.
    Thread killOnExit = new Thread(this::stopAll);
    Runtime.getRuntime().addShutdownHook(killOnExit);
    List<Thread> workers = new ArrayList<>();
    List<RuntimeException> crashes = new ArrayList<>();
    try {
      for (int shard = 1; shard <= n; shard++) {
        int s = shard;
        Thread t =
            new Thread(
                () -> {
                  try {
                    work(s);
                  } catch (RuntimeException e) {
                    synchronized (crashes) {
                      crashes.add(e);
                    }
                    // Its batch in flight goes back, so that the other shards do not wait for it.
                    try {
                      queue.loseShard(s, "the shard's worker failed: " + e.getMessage());
                    } catch (IOException | RuntimeException again) {
                      e.addSuppressed(again);
                    }
                  }
                },
                "queue-shard-" + shard);
        t.start();
        workers.add(t);
      }
      for (Thread t : workers) {
        while (t.isAlive()) {
          config.progress().update(progressList());
          t.join(500);
        }
      }
      config.progress().done(progressList());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RunException("interrupted while the queue's batches ran", e);
    } finally {
      running.values().forEach(ShardLauncher.Started::kill);
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook runs anyway.
      }
    }
    if (!crashes.isEmpty()) {
      throw new RunException(
          "a shard's worker failed: " + crashes.get(0).getMessage(), crashes.get(0));
    }
    return finish(history, buildId, planFile);
  }

  /** One shard's worker: claim, run, report, until the queue says done. */
  private void work(int shard) {
    while (true) {
      if (stopping) {
        setProgress(shard, "stopped", true);
        return;
      }
      Claim claim;
      try {
        claim = queue.claim(shard);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot update " + QUEUE_JSON + ": " + e.getMessage(), e);
      }
      if (claim.kind() == Claim.Kind.DONE) {
        setProgress(shard, "done", true);
        return;
      }
      if (claim.kind() == Claim.Kind.WAIT) {
        setProgress(shard, "waiting", false);
        sleep(WAIT_MILLIS);
        continue;
      }
      Batch batch = claim.batch().orElseThrow();
      setProgress(shard, "batch " + batch.id(), false);
      BatchRun run = runBatch(batch);
      synchronized (runs) {
        runs.add(run);
      }
      try {
        if (run.lost()) {
          queue.lose(batch.id(), List.of(), run.message());
          setProgress(shard, run.status().label(), true);
          return;
        }
        if (failFast && run.status() != ShardStatus.PASSED) {
          // One change: another shard's worker cannot claim between the report and the stop.
          queue.completeAndStop(
              batch.id(),
              run.wallMillis(),
              run.testMillis(),
              "shard "
                  + shard
                  + ", batch "
                  + batch.id()
                  + " "
                  + run.status().label()
                  + " (--fail-fast)");
        } else {
          queue.complete(batch.id(), run.wallMillis(), run.testMillis());
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot update " + QUEUE_JSON + ": " + e.getMessage(), e);
      }
    }
  }

  private BatchRun runBatch(Batch batch) {
    int shard = batch.shard();
    ShardWork work =
        new ShardWork(
            shard,
            plan.shards().size(),
            batch.units(),
            batch.catchAll() ? queue.catchAllExcludes() : List.of(),
            batch.catchAll(),
            batch.estimatedMillis(),
            shardDir(shard).resolve(ShardWork.BATCH_DIR_PREFIX + batch.id()));
    long start = sinceStart();
    try {
      prepare(work, batch);
    } catch (IOException | UncheckedIOException e) {
      return new BatchRun(
          batch,
          ShardStatus.NOT_STARTED,
          true,
          -1,
          start,
          start,
          0,
          TestCount.none(),
          work.dir(),
          "cannot prepare " + work.dir() + ": " + e.getMessage());
    }
    Map<String, String> env = new LinkedHashMap<>(ShardRunner.environment(work));
    env.put("PARALLEL_TESTS_BATCH", Integer.toString(batch.id()));
    env.put("PARALLEL_TESTS_ATTEMPT", Integer.toString(batch.attempt()));
    long startedAtMillis = System.currentTimeMillis();
    ShardLauncher.Started started;
    try {
      started = launcher.start(work, config.command().expand(work), env);
    } catch (IOException | RuntimeException e) {
      String message = "cannot start batch " + batch.id() + ": " + e.getMessage();
      appendToLog(work, message);
      return new BatchRun(
          batch,
          ShardStatus.NOT_STARTED,
          true,
          -1,
          start,
          sinceStart(),
          0,
          TestCount.none(),
          work.dir(),
          message);
    }
    runningWork.put(shard, work);
    running.put(shard, started);
    if (stopping) {
      started.kill(); // stopped while it started: the shutdown hook may not have seen it
    }
    boolean timedOut = false;
    try {
      timedOut = !waitFor(started.process(), config.timeout().map(t -> t.toMillis()));
      if (timedOut) {
        appendToLog(
            work,
            "parallel-tests: batch timed out after " + config.timeout().get() + ", killing it");
        started.kill();
        if (!waitFor(started.process(), Optional.of(ABANDON_AFTER_KILL_MILLIS))) {
          started.process().destroyForcibly();
        }
      }
    } finally {
      running.remove(shard);
      runningWork.remove(shard);
      started.cleanUp();
    }
    long end = sinceStart();
    String message = "";
    if (collector.isPresent()) {
      try {
        int taken = collector.get().collect(work, startedAtMillis);
        message = taken == 0 ? "no report matched --reports" : "";
      } catch (IOException | UncheckedIOException e) {
        message = "cannot collect reports: " + e.getMessage();
      }
    }
    Process process = started.process();
    int exit = timedOut || process.isAlive() ? -1 : process.exitValue();
    TestCount count = counter.count(work.reportsDir());
    ShardStatus status = ShardResult.judge(timedOut, exit, count, work);
    // Killed by a signal (128 + n): the runner died, whatever its reports say.
    boolean died = exit > 128;
    boolean lost = timedOut || died;
    long testMillis = testMillis(work.reportsDir());
    if (lost) {
      message = timedOut ? "timed out" : "died with exit status " + exit;
      if (died) {
        status = ShardStatus.FAILED;
      }
      setAside(work);
    } else {
      fileReports(work, batch);
    }
    appendToLog(
        work,
        "# ended at "
            + Instant.now()
            + ": "
            + status.label()
            + (exit >= 0 ? ", exit status " + exit : "")
            + ", after "
            + Durations.format(end - start));
    return new BatchRun(
        batch, status, lost, exit, start, end, testMillis, count, work.dir(), message);
  }

  /** Waits for the process; false when the limit passed first. */
  private static boolean waitFor(Process process, Optional<Long> limitMillis) {
    try {
      if (limitMillis.isEmpty()) {
        process.waitFor();
        return true;
      }
      return process.waitFor(limitMillis.get(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private void prepare(ShardWork work, Batch batch) throws IOException {
    Files.createDirectories(work.reportsDir());
    Files.write(work.unitsFile(), work.units());
    Files.write(work.excludesFile(), work.excludes());
    Files.write(work.includesFile(), work.selection());
    Files.writeString(
        work.logFile(),
        "# shard "
            + work.index()
            + " of "
            + work.shardCount()
            + ", "
            + batch
            + " claimed at "
            + Instant.ofEpochMilli(batch.claimedAtMillis())
            + ": "
            + config.command().args()
            + System.lineSeparator()
            + "# started at "
            + Instant.now()
            + System.lineSeparator(),
        StandardCharsets.UTF_8);
  }

  /** A batch that ran: its reports go under its shard's reports directory for the merge. */
  private void fileReports(ShardWork work, Batch batch) {
    Path target = shardDir(work.index()).resolve("reports").resolve("batch-" + batch.id());
    try {
      if (!Files.isDirectory(work.reportsDir())) {
        return; // the command removed it: no reports, which the count already says
      }
      Files.move(work.reportsDir(), target);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot file the reports of " + batch + ": " + e.getMessage(), e);
    }
  }

  /** A lost batch's partial reports are kept for people, never merged: its units run again. */
  private void setAside(ShardWork work) {
    try {
      if (!Files.isDirectory(work.reportsDir())) {
        return;
      }
      Files.move(work.reportsDir(), work.dir().resolve("lost-reports"));
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot set aside " + work.reportsDir() + ": " + e.getMessage(), e);
    }
  }

  private static long testMillis(Path reports) {
    BuildTimingsCollector timings = BuildTimingsCollector.create();
    JUnitXmlReader reader = JUnitXmlReader.timingsOnly();
    for (Path file : ReportFiles.find(reports).reports()) {
      reader.read(file, timings);
    }
    return timings.timings().totalMillis();
  }

  private QueueOutcome finish(Optional<Path> history, String buildId, Path planFile)
      throws RunException {
    List<BatchRun> batches;
    synchronized (runs) {
      batches = new ArrayList<>(runs);
    }
    batches.sort((a, b) -> Integer.compare(a.batch().id(), b.batch().id()));
    // The queue judges what ran, as in Jenkins: every unit that never ran is a problem, by name; a
    // lost batch whose units all ran again elsewhere is a note.
    QueueVerdict verdict = QueueVerdict.of(queue);
    Set<Integer> idle = new TreeSet<>();
    long wall = batches.stream().mapToLong(BatchRun::endMillis).max().orElse(0);
    int n = plan.shards().size();
    List<ShardResult> shards = new ArrayList<>();
    List<Shard> asRun = new ArrayList<>();
    Map<Integer, Long> idleAtEnd = new LinkedHashMap<>();
    for (int shard = 1; shard <= n; shard++) {
      int s = shard;
      List<BatchRun> mine = batches.stream().filter(b -> b.batch().shard() == s).toList();
      List<String> units = new ArrayList<>();
      boolean catchAll = false;
      long predicted = 0;
      TestCount count = TestCount.none();
      ShardStatus status = ShardStatus.PASSED;
      int exit = 0;
      List<String> notes = new ArrayList<>();
      for (BatchRun b : mine) {
        if (!b.lost()) {
          units.addAll(b.batch().units());
          catchAll |= b.batch().catchAll();
          predicted += b.batch().estimatedMillis();
          count = count.plus(b.count());
        }
        if (b.exitCode() != 0) {
          exit = b.exitCode();
        }
        // A lost batch whose units all ran again elsewhere does not fail its shard; one whose
        // units are missing or never ran does.
        // A batch of units that hold no test (an abstract base class) is judged with its shard.
        if ((!b.lost() || !QueueVerdict.ranAgain(queue, b.batch()))
            && b.status() != ShardStatus.NO_TESTS) {
          status = worse(status, b.status());
        }
        if (!b.detail().isEmpty()) {
          notes.add("batch " + b.batch().id() + ": " + b.detail());
        }
      }
      // A shard given units by name, or the only one (the catch-all alone), must report tests.
      if (status == ShardStatus.PASSED
          && count.tests() == 0
          && (!units.isEmpty() || (n == 1 && !mine.isEmpty()))) {
        status = ShardStatus.NO_TESTS;
      }
      long first = mine.isEmpty() ? 0 : mine.get(0).startMillis();
      long last = mine.isEmpty() ? 0 : mine.get(mine.size() - 1).endMillis();
      idleAtEnd.put(shard, wall - last);
      if (mine.stream().allMatch(BatchRun::lost)) {
        idle.add(shard);
      }
      try {
        Files.write(shardDir(shard).resolve("units.txt"), units);
        writeShardLog(shard, mine);
      } catch (IOException e) {
        throw new RunException("cannot write " + shardDir(shard) + ": " + e.getMessage(), e);
      }
      ShardWork work =
          new ShardWork(shard, n, units, List.of(), catchAll, predicted, shardDir(shard));
      String message =
          mine.size()
              + (mine.size() == 1 ? " batch" : " batches")
              + (notes.isEmpty() ? "" : "; " + String.join("; ", notes));
      shards.add(new ShardResult(work, status, exit, last - first, count, message));
      asRun.add(new Shard(shard, units, catchAll, predicted));
    }
    RunResult result = new RunResult(shards, wall, config.outDir());
    ShardPlan ranPlan =
        new ShardPlan(
            plan.granularity(),
            asRun,
            plan.lowerBoundMillis(),
            plan.predictedMakespanMillis(),
            plan.knownUnits(),
            plan.estimatedUnits(),
            plan.estimates(),
            plan.notes());
    RunOutputs outputs =
        ParallelRun.finish(
            ranPlan,
            result,
            config,
            history,
            buildId,
            planFile,
            new ParallelRun.Queued(verdict.problems(), idle),
            stillMissing);
    QueueOutcome outcome =
        new QueueOutcome(outputs, batches, verdict, queue.stopReason(), wall, idleAtEnd);
    if (outputs.merged().isPresent()) {
      Path html = outputs.merged().get().htmlReport();
      try {
        String page = Files.readString(html, StandardCharsets.UTF_8);
        Files.writeString(html, QueueTimeline.insertInto(page, outcome), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new RunException("cannot write " + html + ": " + e.getMessage(), e);
      }
    }
    return outcome;
  }

  /**
   * The run was stopped from outside (Ctrl-C, SIGTERM): no more claims, every running batch is
   * ended, its log and standard error saying so, as in static mode.
   */
  private void stopAll() {
    stopping = true;
    List<String> stopped = new ArrayList<>();
    List<String> batchIds = new ArrayList<>();
    for (Map.Entry<Integer, ShardLauncher.Started> e : new TreeMap<>(running).entrySet()) {
      ShardWork work = runningWork.get(e.getKey());
      if (e.getValue().process().isAlive()) {
        if (work != null) {
          appendToLog(
              work,
              "parallel-tests: batch stopped: parallel-tests was interrupted (Ctrl-C) or"
                  + " terminated");
          batchIds.add(work.dir().getFileName().toString().replace('-', ' '));
        }
        stopped.add(Integer.toString(e.getKey()));
      }
      e.getValue().kill();
    }
    if (!stopped.isEmpty()) {
      System.err.println(
          "parallel-tests run: interrupted: stopped "
              + (stopped.size() == 1 ? "shard " : "shards ")
              + String.join(", ", stopped)
              + " of "
              + plan.shards().size()
              + " ("
              + String.join(", ", batchIds)
              + "); their batches' logs end with a line saying so");
      System.err.flush();
    }
  }

  /**
   * The shard's log, {@code shard-N/output.log}: its batches' logs one after another, each under a
   * line naming it. The shard table's log tail and the HTML report's log link read this file.
   */
  private void writeShardLog(int shard, List<BatchRun> mine) throws IOException {
    Path log = shardDir(shard).resolve("output.log");
    try (OutputStream out = Files.newOutputStream(log)) {
      for (BatchRun b : mine) {
        Path batchLog = b.dir().resolve("output.log");
        out.write(
            ("# ---- " + b.batch() + ": " + batchLog + System.lineSeparator())
                .getBytes(StandardCharsets.UTF_8));
        if (Files.isRegularFile(batchLog)) {
          Files.copy(batchLog, out);
        }
      }
    }
  }

  private static ShardStatus worse(ShardStatus a, ShardStatus b) {
    List<ShardStatus> order =
        List.of(
            ShardStatus.PASSED,
            ShardStatus.NO_TESTS,
            ShardStatus.FAILED,
            ShardStatus.TIMED_OUT,
            ShardStatus.NOT_STARTED);
    return order.indexOf(b) > order.indexOf(a) ? b : a;
  }

  private Path shardDir(int shard) {
    return config.outDir().resolve(ShardWork.dirName(shard));
  }

  private long sinceStart() {
    return (System.nanoTime() - runStartNanos) / 1_000_000;
  }

  private void setProgress(int shard, String state, boolean finished) {
    int tests = 0;
    int failed = 0;
    synchronized (runs) {
      for (BatchRun b : runs) {
        if (b.batch().shard() == shard && !b.lost()) {
          tests += b.count().tests();
          failed += b.count().failed();
        }
      }
    }
    progress.put(shard, new ShardProgress(shard, state, finished, sinceStart(), tests, failed));
  }

  /**
   * Every shard's progress now: a shard still at work has been at it since the run's start (all
   * shards start together), not since its state last changed (its batch's claim).
   */
  List<ShardProgress> progressList() {
    long now = sinceStart();
    return progress.values().stream()
        .sorted((a, b) -> Integer.compare(a.index(), b.index()))
        .map(
            p ->
                p.finished()
                    ? p
                    : new ShardProgress(
                        p.index(), p.state(), false, now, p.tests(), p.failed(), p.failedTests()))
        .toList();
  }

  private static void appendToLog(ShardWork work, String line) {
    try {
      Files.writeString(
          work.logFile(),
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          StandardOpenOption.CREATE,
          StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The batch's result carries the message anyway.
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the queue", e);
    }
  }
}
