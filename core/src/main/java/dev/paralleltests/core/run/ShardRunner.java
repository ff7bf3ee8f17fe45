package dev.paralleltests.core.run;

import dev.paralleltests.core.report.Durations;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Starts every shard at once and watches them until each has ended: exited, or been killed at its
 * timeout. One thread polls all shards, so a hung shard can never block the others or the end of
 * the run; kills happen on their own threads, and a shard whose process outlives even the kill is
 * abandoned (and reported as timed out) after a grace period.
 */
public final class ShardRunner {

  private static final long POLL_MILLIS = 100;
  private static final long COUNT_EVERY_MILLIS = 1_000;
  private static final long ABANDON_AFTER_KILL_MILLIS = 30_000;

  private final RunConfig config;

  private ShardRunner(RunConfig config) {
    this.config = config;
  }

  /** Runs the shards and returns how each ended. */
  public static RunResult run(RunConfig config, List<ShardWork> works) throws RunException {
    return new ShardRunner(config).runAll(works);
  }

  /** The shards' work and directories under {@code outDir}: one per shard of the plan. */
  public static List<ShardWork> layout(Path outDir, dev.paralleltests.core.plan.ShardPlan plan) {
    List<List<String>> units = new ArrayList<>();
    List<Long> predicted = new ArrayList<>();
    int catchAll = 0;
    for (dev.paralleltests.core.plan.Shard shard : plan.shards()) {
      units.add(shard.units());
      predicted.add(shard.predictedMillis());
      if (shard.catchAll()) {
        catchAll = shard.index();
      }
    }
    return layout(outDir, units, catchAll, predicted);
  }

  /**
   * The shards' work and directories under {@code outDir}.
   *
   * @param catchAllIndex the catch-all shard's index, or 0 for none
   */
  public static List<ShardWork> layout(
      Path outDir,
      List<List<String>> unitsPerShard,
      int catchAllIndex,
      List<Long> predictedMillis) {
    int n = unitsPerShard.size();
    List<ShardWork> works = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      List<String> excludes = new ArrayList<>();
      if (i == catchAllIndex) {
        for (int j = 1; j <= n; j++) {
          if (j != i) {
            excludes.addAll(unitsPerShard.get(j - 1));
          }
        }
      }
      works.add(
          new ShardWork(
              i,
              n,
              unitsPerShard.get(i - 1),
              excludes,
              i == catchAllIndex,
              predictedMillis.get(i - 1),
              outDir.toAbsolutePath().normalize().resolve(ShardWork.dirName(i))));
    }
    return works;
  }

  /** A shard being watched; touched by the polling thread only, except {@code killDone}. */
  private static final class Watched {
    final ShardWork work;
    ShardLauncher.Started started;
    long startNanos;
    long endNanos;
    boolean timedOut;
    long killNanos;
    volatile boolean killDone;
    ShardResult result;
    TestCount live = TestCount.none();
    List<String> failedTests = List.of();
    long startedAtMillis;

    Watched(ShardWork work) {
      this.work = work;
    }
  }

  private RunResult runAll(List<ShardWork> works) throws RunException {
    if (works.size() > 1
        && !config.copy()
        && config.reportsGlob().isPresent()
        && !config.reportsGlob().get().contains("{shard}")) {
      throw new RunException(
          "--reports '"
              + config.reportsGlob().get()
              + "' must contain {shard} when more than one shard runs in one directory, so that"
              + " shards cannot overwrite each other's reports (for example"
              + " target/shard-{shard}/*.xml), or each shard needs its own copy (--copy)");
    }
    for (ShardWork work : works) {
      prepare(work);
    }
    String runId = Long.toString(ProcessHandle.current().pid(), 36) + "-" + randomHex();
    ShardLauncher launcher = launcher(runId);
    ReportCounter counter = new ReportCounter();
    Optional<ReportCollector> collector =
        config.reportsGlob().map(g -> new ReportCollector(config, g));

    List<Watched> shards = works.stream().map(Watched::new).toList();
    // Ctrl-C or SIGTERM: the shutdown hook stops the shards, and says so in their logs.
    Thread killOnExit = new Thread(() -> stopAll(shards));
    Runtime.getRuntime().addShutdownHook(killOnExit);
    long runStart = System.nanoTime();
    try {
      for (Watched w : shards) {
        start(launcher, w);
      }
      long lastCount = 0;
      while (shards.stream().anyMatch(w -> w.result == null)) {
        long now = System.nanoTime();
        boolean countNow = now - lastCount >= COUNT_EVERY_MILLIS * 1_000_000;
        for (Watched w : shards) {
          if (w.result == null) {
            poll(w, now, collector, counter);
          }
          if (w.result == null && countNow) {
            countLive(w, collector, counter);
          }
        }
        if (countNow) {
          lastCount = now;
        }
        config.progress().update(progress(shards));
        sleep(POLL_MILLIS);
      }
      config.progress().done(progress(shards));
    } finally {
      shards.forEach(ShardRunner::killIfRunning);
      try {
        Runtime.getRuntime().removeShutdownHook(killOnExit);
      } catch (IllegalStateException e) {
        // Already shutting down: the hook runs anyway.
      }
      launcher.close();
    }
    long wall = (System.nanoTime() - runStart) / 1_000_000;
    return new RunResult(shards.stream().map(w -> w.result).toList(), wall, config.outDir());
  }

  /**
   * Counts what the shard's reports say so far: its own reports directory and, with {@code
   * --reports}, what the glob finds that it wrote since it started (collected only at its end), so
   * that counts and failed tests show while it runs.
   */
  private static void countLive(
      Watched w, Optional<ReportCollector> collector, ReportCounter counter) {
    List<Path> files = new ArrayList<>(ReportCounter.xmlFiles(w.work.reportsDir()));
    if (collector.isPresent()) {
      try {
        files.addAll(collector.get().peek(w.work, w.startedAtMillis));
      } catch (IOException | UncheckedIOException e) {
        // Live counts are a courtesy: the end of the shard collects and reports properly.
      }
    }
    ReportCounter.FileCount count = counter.count(files);
    w.live = count.count();
    w.failedTests = count.failed();
  }

  private void prepare(ShardWork work) throws RunException {
    try {
      Files.createDirectories(work.reportsDir());
      try (var old = Files.list(work.reportsDir())) {
        if (old.findAny().isPresent()) {
          throw new RunException(
              "reports directory "
                  + work.reportsDir()
                  + " is not empty: use a fresh --out directory, so no old report is counted");
        }
      }
      if (config.copy()) {
        CheckoutCopy.copy(config.workDir(), work.checkoutDir(), config.outDir());
      }
      Files.write(work.unitsFile(), work.units());
      Files.write(work.excludesFile(), excludesLines(work));
      Files.write(work.includesFile(), includesLines(work));
      Files.writeString(
          work.logFile(),
          "# shard "
              + work.index()
              + " of "
              + work.shardCount()
              + ": "
              + config.command().args()
              + System.lineSeparator(),
          StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      throw new RunException("cannot prepare " + work.dir() + ": " + e.getMessage(), e);
    }
  }

  /** The includes file in the runner's format: empty for the catch-all (its whole selection). */
  private List<String> includesLines(ShardWork work) throws RunException {
    try {
      return work.catchAll()
          ? List.of()
          : config.format().includes(work.units(), config.granularity());
    } catch (IllegalArgumentException e) {
      throw new RunException("--format " + config.format().label() + ": " + e.getMessage(), e);
    }
  }

  /** The excludes file in the runner's format: the others' units, for the catch-all only. */
  private List<String> excludesLines(ShardWork work) throws RunException {
    try {
      return work.catchAll()
          ? config.format().excludes(work.excludes(), config.granularity(), config.workDir())
          : List.of();
    } catch (IllegalArgumentException e) {
      throw new RunException("--format " + config.format().label() + ": " + e.getMessage(), e);
    }
  }

  private ShardLauncher launcher(String runId) throws RunException {
    if (config.docker().isEmpty()) {
      return new LocalLauncher(config);
    }
    if (config.copy()) {
      throw new RunException("--copy runs shards as local processes: it does not go with --image");
    }
    DockerLauncher docker =
        new DockerLauncher(config.docker().get(), config.workDir(), config.outDir(), runId);
    Optional<String> problem = docker.problem();
    if (problem.isPresent()) {
      throw new RunException(problem.get());
    }
    return docker;
  }

  /** The environment every shard gets, on top of the caller's. */
  static Map<String, String> environment(ShardWork work) {
    Map<String, String> env = new LinkedHashMap<>();
    env.put("PARALLEL_TESTS_SHARD", Integer.toString(work.index()));
    env.put("PARALLEL_TESTS_SHARDS", Integer.toString(work.shardCount()));
    env.put("PARALLEL_TESTS_UNITS", work.unitsFile().toString());
    env.put("PARALLEL_TESTS_INCLUDES", work.includesFile().toString());
    env.put("PARALLEL_TESTS_EXCLUDES", work.excludesFile().toString());
    env.put("PARALLEL_TESTS_CATCH_ALL", Boolean.toString(work.catchAll()));
    env.put("PARALLEL_TESTS_REPORTS", work.reportsDir().toString());
    env.put("PARALLEL_TESTS_OUT", work.dir().toString());
    return env;
  }

  private void start(ShardLauncher launcher, Watched w) {
    appendToLog(w.work, "# started at " + java.time.Instant.now());
    w.startNanos = System.nanoTime();
    w.startedAtMillis = System.currentTimeMillis();
    try {
      w.started = launcher.start(w.work, config.command().expand(w.work), environment(w.work));
    } catch (IOException | RuntimeException e) {
      w.endNanos = w.startNanos;
      String message = "cannot start shard " + w.work.index() + ": " + e.getMessage();
      appendToLog(w.work, message);
      w.result = new ShardResult(w.work, ShardStatus.NOT_STARTED, -1, 0, TestCount.none(), message);
    }
  }

  private void poll(
      Watched w, long now, Optional<ReportCollector> collector, ReportCounter counter) {
    Process process = w.started.process();
    long elapsedMillis = (now - w.startNanos) / 1_000_000;
    if (w.timedOut && !w.killDone && (now - w.killNanos) / 1_000_000 <= ABANDON_AFTER_KILL_MILLIS) {
      return; // The kill is still sweeping the process group: wait for it, within limits.
    }
    if (process.isAlive()) {
      if (!w.timedOut
          && config.timeout().isPresent()
          && elapsedMillis >= config.timeout().get().toMillis()) {
        w.timedOut = true;
        w.killNanos = now;
        appendToLog(
            w.work,
            "parallel-tests: shard timed out after "
                + Durations.format(elapsedMillis)
                + ", killing it");
        CompletableFuture.runAsync(
            () -> {
              w.started.kill();
              w.killDone = true;
            });
        return;
      }
      boolean abandon = w.timedOut && (now - w.killNanos) / 1_000_000 > ABANDON_AFTER_KILL_MILLIS;
      if (!abandon) {
        return;
      }
      process.destroyForcibly();
      appendToLog(w.work, "parallel-tests: shard still alive after the kill; abandoned");
    }
    w.endNanos = now;
    finish(w, collector, counter);
  }

  private void finish(Watched w, Optional<ReportCollector> collector, ReportCounter counter) {
    long startedAtMillis =
        System.currentTimeMillis() - (System.nanoTime() - w.startNanos) / 1_000_000;
    String message = "";
    w.started.cleanUp();
    if (collector.isPresent()) {
      try {
        int taken = collector.get().collect(w.work, startedAtMillis);
        message = taken == 0 ? "no report matched --reports" : "";
      } catch (IOException | UncheckedIOException e) {
        message = "cannot collect reports: " + e.getMessage();
      }
    }
    Process process = w.started.process();
    int exit = w.timedOut || process.isAlive() ? -1 : process.exitValue();
    TestCount count = counter.count(w.work.reportsDir());
    ShardStatus status = ShardResult.judge(w.timedOut, exit, count, w.work);
    if (count.unreadable() > 0) {
      message =
          (message.isEmpty() ? "" : message + "; ") + count.unreadable() + " unreadable report(s)";
    }
    long elapsed = (w.endNanos - w.startNanos) / 1_000_000;
    w.live = count;
    w.failedTests = counter.count(ReportCounter.xmlFiles(w.work.reportsDir())).failed();
    w.result = new ShardResult(w.work, status, exit, elapsed, count, message);
    // The end, for people reading the log and for measuring the runner's overhead.
    appendToLog(
        w.work,
        "# ended at "
            + java.time.Instant.now()
            + ": "
            + status.label()
            + (exit >= 0 ? ", exit status " + exit : "")
            + ", after "
            + Durations.format(elapsed));
  }

  /** The run was stopped from outside: ends every running shard, its log and stderr saying so. */
  private static void stopAll(List<Watched> shards) {
    List<String> stopped = new ArrayList<>();
    for (Watched w : shards) {
      ShardLauncher.Started started = w.started;
      if (w.result == null && started != null && started.process().isAlive()) {
        long ranMillis = (System.nanoTime() - w.startNanos) / 1_000_000;
        appendToLog(
            w.work,
            "parallel-tests: shard stopped after "
                + Durations.format(ranMillis)
                + ": parallel-tests was interrupted (Ctrl-C) or terminated");
        stopped.add(Integer.toString(w.work.index()));
      }
      killIfRunning(w);
    }
    if (!stopped.isEmpty()) {
      System.err.println(
          "parallel-tests run: interrupted: stopped "
              + (stopped.size() == 1 ? "shard " : "shards ")
              + String.join(", ", stopped)
              + " of "
              + shards.size()
              + "; their logs end with a line saying so");
      System.err.flush();
    }
  }

  private static void killIfRunning(Watched w) {
    ShardLauncher.Started started = w.started;
    if (started != null && started.process().isAlive()) {
      started.kill();
    }
    if (started != null) {
      started.cleanUp();
    }
  }

  private List<ShardProgress> progress(List<Watched> shards) {
    long now = System.nanoTime();
    List<ShardProgress> out = new ArrayList<>();
    for (Watched w : shards) {
      boolean finished = w.result != null;
      String state = finished ? w.result.status().label() : w.timedOut ? "killing" : "running";
      long end = finished ? w.endNanos : now;
      out.add(
          new ShardProgress(
              w.work.index(),
              state,
              finished,
              (end - w.startNanos) / 1_000_000,
              w.live.tests(),
              w.live.failed(),
              w.failedTests));
    }
    return out;
  }

  private static void appendToLog(ShardWork work, String line) {
    try {
      Files.writeString(
          work.logFile(),
          line + System.lineSeparator(),
          StandardCharsets.UTF_8,
          java.nio.file.StandardOpenOption.CREATE,
          java.nio.file.StandardOpenOption.APPEND);
    } catch (IOException e) {
      // The result carries the message anyway.
    }
  }

  private static String randomHex() {
    byte[] bytes = new byte[3];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while shards were running", e);
    }
  }
}
