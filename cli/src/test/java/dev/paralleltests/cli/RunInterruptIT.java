package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real launcher stopped from outside while its shards run: by SIGTERM (as Ctrl-C and CI
 * cancellations do) and by SIGKILL, when no code of the tool runs at all.
 */
class RunInterruptIT {

  @TempDir Path work;

  /** Starts {@code run} with two shards that write their PID and then sleep. */
  private Process startSleepingRun(Path out, String... options) throws Exception {
    Files.writeString(work.resolve("units.txt"), "a.ATest\na.BTest\n");
    List<String> command =
        new ArrayList<>(
            List.of(
                Launcher.script().toString(),
                "run",
                "--shards",
                "2",
                "--units-from",
                "units.txt",
                "--progress",
                "none",
                "--out",
                out.toString(),
                "--",
                "sh",
                "-c",
                "echo $$ > {out}/pid; exec sleep 300"));
    command.addAll(2, List.of(options));
    return new ProcessBuilder(command)
        .directory(work.toFile())
        .redirectOutput(work.resolve("stdout.txt").toFile())
        .redirectError(work.resolve("stderr.txt").toFile())
        .start();
  }

  private static Optional<Long> pidIn(Path file) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (Files.exists(file) && !Files.readString(file).isBlank()) {
        return Optional.of(Long.parseLong(Files.readString(file).strip()));
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  private static boolean endsWithin(long pid, int seconds) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (System.nanoTime() < deadline) {
      if (ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true)) {
        return true;
      }
      Thread.sleep(100);
    }
    return false;
  }

  @Test
  void sigtermStopsTheShardsSaysSoAndKeepsThePreviousOutput() throws Exception {
    Path out = work.resolve("out");
    Files.createDirectories(out);
    Files.writeString(out.resolve(".parallel-tests-run"), "");
    Files.writeString(out.resolve("junit.xml"), "<testsuites/>");
    Path partial = work.resolve(".out.partial");
    Process tool = startSleepingRun(out);
    long shard = pidIn(partial.resolve("shard-1/pid")).orElseThrow();
    pidIn(partial.resolve("shard-2/pid")).orElseThrow();

    tool.destroy(); // SIGTERM
    assertThat(tool.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(endsWithin(shard, 10)).isTrue();
    assertThat(out.resolve("junit.xml")).hasContent("<testsuites/>");
    assertThat(Files.readString(partial.resolve("shard-1/output.log")))
        .contains("parallel-tests: shard stopped after");
    assertThat(Files.readString(work.resolve("stderr.txt")))
        .contains("stopped shards 1, 2 of 2")
        .contains("previous output in " + out + " is unchanged");
  }

  @Test
  void sigkillOfTheToolStillTakesItsShardsDown() throws Exception {
    Path partial = work.resolve(".out.partial");
    Process tool = startSleepingRun(work.resolve("out"));
    long shard = pidIn(partial.resolve("shard-1/pid")).orElseThrow();
    pidIn(partial.resolve("shard-2/pid")).orElseThrow();

    tool.destroyForcibly(); // SIGKILL: no shutdown hook runs
    tool.waitFor(30, TimeUnit.SECONDS);

    assertThat(endsWithin(shard, 15)).as("shard process %d ends", shard).isTrue();
  }

  /** In queue mode {@code {out}} is the batch's directory: the PID file of the shard's batch. */
  private static Optional<Path> batchPidFile(Path shardDir) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (Files.isDirectory(shardDir)) {
        try (Stream<Path> batches = Files.list(shardDir)) {
          Optional<Path> pid =
              batches.map(b -> b.resolve("pid")).filter(Files::isRegularFile).findFirst();
          if (pid.isPresent()) {
            return pid;
          }
        }
      }
      Thread.sleep(100);
    }
    return Optional.empty();
  }

  @Test
  void sigtermInQueueModeStopsTheBatchesAndSaysSoInTheirLogsAndOnStandardError() throws Exception {
    Path partial = work.resolve(".out.partial");
    Process tool = startSleepingRun(work.resolve("out"), "--mode", "queue");
    Path pid1 = batchPidFile(partial.resolve("shard-1")).orElseThrow();
    Path pid2 = batchPidFile(partial.resolve("shard-2")).orElseThrow();
    long shard = pidIn(pid1).orElseThrow();
    pidIn(pid2).orElseThrow();

    tool.destroy(); // SIGTERM
    assertThat(tool.waitFor(30, TimeUnit.SECONDS)).isTrue();

    assertThat(endsWithin(shard, 10)).isTrue();
    assertThat(Files.readString(pid1.resolveSibling("output.log")))
        .contains("parallel-tests: batch stopped: parallel-tests was interrupted");
    assertThat(Files.readString(work.resolve("stderr.txt")))
        .contains("interrupted: stopped shards 1, 2 of 2 (batch ");
  }
}
