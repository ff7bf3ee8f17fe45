package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --mode queue} in-process, with the small shell script runner of RunCommandTest. */
class RunQueueCommandTest {

  private static final String FAKE_RUNNER =
      Path.of("src/test/resources/RunCommandTest/fake-runner.sh").toAbsolutePath().toString();

  private static final String FAULT_RUNNER =
      Path.of("src/test/resources/RunQueueCommandTest/fault-runner.sh").toAbsolutePath().toString();

  @TempDir Path dir;
  private Path units;
  private Path out;

  @BeforeEach
  void units() throws Exception {
    units =
        Files.writeString(
            dir.resolve("units.txt"), "a.ATest\na.BTest\na.CTest\na.DTest\na.ETest\na.FTest\n");
    out = dir.resolve("out");
  }

  private CliRun run(String... more) {
    String[] head = {
      "run", "--shards", "2", "--units-from", units.toString(), "--out", out.toString()
    };
    String[] args = new String[head.length + more.length];
    System.arraycopy(head, 0, args, 0, head.length);
    System.arraycopy(more, 0, args, head.length, more.length);
    return CliRun.run(args);
  }

  @Test
  void shouldRunEveryUnitOnceInBatchesAndShowThemPerShard() throws Exception {
    CliRun result = run("--mode", "queue", "--progress", "none", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.out()).contains("in queue mode");
    assertThat(result.out()).contains("batch  shard  units  attempt    claimed");
    assertThat(result.out()).contains("idle at end");
    String merged = Files.readString(out.resolve("junit.xml"));
    assertThat(merged.split("<testcase ", -1)).hasSize(7);
    assertThat(out.resolve("queue.json")).isNotEmptyFile();
    assertThat(Files.readString(out.resolve("report.html"))).contains("Queue: batches per shard");
  }

  @Test
  void aCommandThatRunsEveryUnitInEveryBatchIsAnErrorNamingTheUnitsRunTwice() throws Exception {
    // The command names the whole suite instead of the batch's units: every batch runs all six.
    CliRun result =
        run(
            "--mode",
            "queue",
            "--progress",
            "none",
            "--",
            "sh",
            FAKE_RUNNER,
            "a.ATest",
            "a.BTest",
            "a.CTest",
            "a.DTest",
            "a.ETest",
            "a.FTest");

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(ExitStatus.ERROR);
    assertThat(result.err()).contains("planned for other shards, which ran them too");
    assertThat(result.out()).contains("status: error");
  }

  @Test
  void shouldStopHandingOutBatchesAfterAFailureWithFailFast() throws Exception {
    Files.writeString(units, "a.AFailingTest\na.BTest\na.CTest\na.DTest\n");

    CliRun result =
        CliRun.run(
            "run",
            "--shards",
            "1",
            "--units-from",
            units.toString(),
            "--out",
            out.toString(),
            "--mode",
            "queue",
            "--fail-fast",
            "--progress",
            "none",
            "--",
            "sh",
            FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .contains("1 unit never ran, never handed out: the queue stopped (shard 1, batch 1 failed")
        .contains("--fail-fast")
        .contains("a.DTest");
  }

  @Test
  void shouldRefuseFailFastInStaticMode() {
    CliRun result = run("--fail-fast", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--fail-fast needs --mode queue");
  }

  @Test
  void shouldRefuseAnUnknownMode() {
    CliRun result = run("--mode", "dynamic", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("unknown --mode 'dynamic'");
  }

  @Test
  void shouldRunEveryBatchOfAShardInTheShardsOwnCopyWithCopy() throws Exception {
    // In-process, the working directory is this module's: each shard gets a copy of it.
    Path cwd = Path.of("").toAbsolutePath();
    CliRun result =
        run(
            "--mode",
            "queue",
            "--copy",
            "--progress",
            "none",
            "--",
            "sh",
            "-c",
            "pwd >> ran-in.txt && sh " + FAKE_RUNNER);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(Files.readString(out.resolve("junit.xml")).split("<testcase ", -1)).hasSize(7);
    assertThat(cwd.resolve("ran-in.txt")).doesNotExist();
    for (int shard = 1; shard <= 2; shard++) {
      Path copy = out.resolve("shard-" + shard + "/checkout");
      assertThat(copy.resolve("pom.xml")).isRegularFile();
      // Written while the output was still being staged: the copy's path there.
      String copyWhileStaged = "/shard-" + shard + "/checkout";
      assertThat(Files.readAllLines(copy.resolve("ran-in.txt")))
          .isNotEmpty()
          .allSatisfy(line -> assertThat(line).endsWith(copyWhileStaged));
    }
  }

  /** {@code run --mode queue} of these units on so many shards, with the fault runner. */
  private CliRun queued(int shards, String... unitNames) throws Exception {
    Files.writeString(units, String.join("\n", unitNames) + "\n");
    return CliRun.run(
        "run",
        "--shards",
        Integer.toString(shards),
        "--units-from",
        units.toString(),
        "--out",
        out.toString(),
        "--mode",
        "queue",
        "--progress",
        "none",
        "--",
        "sh",
        FAULT_RUNNER);
  }

  /** As {@link #queued}, planned from a history of these units: with a catch-all batch. */
  private CliRun queuedFromHistory(int shards, String... unitNames) throws Exception {
    return queuedFromHistory(shards, List.of(), unitNames);
  }

  private CliRun queuedFromHistory(int shards, List<String> options, String... unitNames)
      throws Exception {
    Path history = RecordedHistory.of(dir, unitNames);
    List<String> args =
        new ArrayList<>(
            List.of(
                "run",
                "--shards",
                Integer.toString(shards),
                "--history",
                history.toString(),
                "--out",
                out.toString(),
                "--mode",
                "queue",
                "--progress",
                "none"));
    args.addAll(options);
    args.addAll(List.of("--", "sh", FAULT_RUNNER));
    return CliRun.run(args.toArray(String[]::new));
  }

  private String reportMd() throws Exception {
    return Files.readString(out.resolve("report.md"));
  }

  @Test
  void aBatchLostOnceWhoseUnitsRanAgainElsewhereLeavesTheRunGreenWithANote() throws Exception {
    CliRun run = queued(2, "a.ATest", "a.BTest", "a.CrashTest", "a.DTest", "a.ETest", "a.FTest");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .containsPattern(
            "note: shard \\d lost batch \\d+ \\(died with exit status 137\\); shard \\d")
        .contains("status: passed")
        .doesNotContain("is missing");
    assertThat(Files.readString(out.resolve("junit.xml")).split("<testcase ", -1)).hasSize(7);
  }

  @Test
  void unitsLostTwiceFailTheRunAndAreNamedInTheTableAndTheReports() throws Exception {
    CliRun run = queued(3, "a.ATest", "a.BTest", "a.DiesTest", "a.DTest", "a.ETest", "a.FTest");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out())
        .containsPattern("\\d units? never ran, lost twice: shard \\d lost batch \\d+ \\(died")
        .containsPattern("lost their second attempt, batch \\d+ \\(died with exit status 137\\)")
        .contains("a.DiesTest")
        .doesNotContain("is missing")
        .contains("status: failed");
    assertThat(reportMd()).contains("lost twice").contains("a.DiesTest");
  }

  @Test
  void unitsOfABatchLostWithNoShardLeftToRerunThemFailTheRunAsLostAndNeverRerun() throws Exception {
    CliRun run = queued(1, "a.ATest", "a.CrashTest");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out())
        .containsPattern(
            "2 units never ran, lost and never rerun: shard 1 lost batch 1 \\(died with exit status"
                + " 137\\); no shard was left to run them: (a.ATest, a.CrashTest|a.CrashTest, a.ATest)")
        .contains("status: failed");
  }

  @Test
  void aCatchAllBatchLostOnceAndRunAgainLeavesTheRunGreenWithANote() throws Exception {
    CliRun run = queuedFromHistory(2, "a.ATest", "a.BTest", "a.LosesCatchAllOnceTest");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out())
        .containsPattern("note: shard \\d lost batch \\d+ .*; shard \\d .* reran it");
    assertThat(Files.readString(out.resolve("junit.xml"))).contains("new.NewTest");
  }

  @Test
  void aCatchAllBatchLostTwiceFailsTheRunSayingThatTestsNoPlanListsMayNotHaveRun()
      throws Exception {
    CliRun run = queuedFromHistory(2, "a.ATest", "a.BTest", "a.LosesCatchAllTwiceTest");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out())
        .containsPattern(
            "the catch-all batch \\(tests no plan lists\\) was lost twice \\(shard \\d lost batch"
                + " \\d+ \\(died with exit status 137\\); shard \\d lost batch \\d+")
        .contains("tests no plan lists may not have run");
    assertThat(reportMd()).contains("the catch-all batch (tests no plan lists) was lost twice");
  }

  @Test
  void aCatchAllBatchAloneThatRanNoTestIsNotGreen() {
    CliRun run =
        CliRun.run(
            "run",
            "--shards",
            "2",
            "--history",
            dir.resolve("history").toString(),
            "--mode",
            "queue",
            "--progress",
            "none",
            "--out",
            out.toString(),
            "--",
            "true");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out()).contains("no tests").contains("status: failed");
  }

  @Test
  void aCatchAllBatchNeverHandedOutBecauseTheQueueStoppedFailsTheRunSayingSo() throws Exception {
    CliRun run =
        queuedFromHistory(
            1, List.of("--fail-fast"), "a.AFailingTest", "a.BTest", "a.CTest", "a.DTest");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out())
        .contains(
            "the catch-all batch (tests no plan lists) was never handed out (the queue stopped")
        .contains("--fail-fast")
        .contains("tests no plan lists may not have run");
  }
}
