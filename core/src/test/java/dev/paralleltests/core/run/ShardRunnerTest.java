package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs real shell processes as shards. */
class ShardRunnerTest {

  private static final Path FAKE_RUNNER =
      Path.of("src/test/resources/ShardRunnerTest/fake-runner.sh").toAbsolutePath();
  private static final Path HANG =
      Path.of("src/test/resources/ShardRunnerTest/hang.sh").toAbsolutePath();

  @TempDir Path work;

  private Path out() {
    return work.resolve("out");
  }

  private List<ShardWork> threeShards() {
    return ShardRunner.layout(
        out(),
        List.of(List.of("a.ATest", "a.BTest"), List.of("a.CTest"), List.of("a.DTest", "a.ETest")),
        0,
        List.of(200L, 100L, 200L));
  }

  private RunResult run(List<String> command, List<ShardWork> shards) throws RunException {
    return ShardRunner.run(RunConfig.local(CommandTemplate.of(command), work, out()), shards);
  }

  @Test
  void shouldRunEveryShardWithItsOwnUnitsEnvironmentAndReportsDirectory() throws Exception {
    RunResult result = run(List.of("sh", FAKE_RUNNER.toString()), threeShards());

    assertThat(result.passed()).isTrue();
    assertThat(result.shards()).extracting(s -> s.count().tests()).containsExactly(2, 1, 2);
    Path shard2 = out().resolve("shard-2");
    assertThat(Files.readAllLines(shard2.resolve("env.txt")))
        .contains(
            "PARALLEL_TESTS_SHARD=2",
            "PARALLEL_TESTS_SHARDS=3",
            "PARALLEL_TESTS_UNITS=" + shard2.resolve("units.txt"),
            "PARALLEL_TESTS_REPORTS=" + shard2.resolve("reports"),
            "PARALLEL_TESTS_CATCH_ALL=false");
    assertThat(shard2.resolve("reports/TEST-a.CTest.xml")).exists();
    assertThat(Files.readString(shard2.resolve("output.log"))).contains("ran a.CTest");
  }

  @Test
  void shouldGiveAllShardsTogetherExactlyThePlannedUnits() throws Exception {
    List<ShardWork> shards = threeShards();
    run(List.of("sh", FAKE_RUNNER.toString()), shards);

    List<String> given = new ArrayList<>();
    for (ShardWork s : shards) {
      given.addAll(Files.readAllLines(s.unitsFile()));
    }
    assertThat(given).containsExactly("a.ATest", "a.BTest", "a.CTest", "a.DTest", "a.ETest");
  }

  @Test
  void shouldPutEachSelectedUnitIntoTheArgumentsWhereTheCommandSaysUnits() throws Exception {
    RunResult result = run(List.of("sh", FAKE_RUNNER.toString(), "{units}"), threeShards());

    assertThat(Files.readString(out().resolve("shard-1/output.log")))
        .contains("ran a.ATest", "ran a.BTest")
        .doesNotContain("a.CTest");
    assertThat(result.total().tests()).isEqualTo(5);
  }

  @Test
  void shouldTellTheCatchAllShardWhatNotToRun() throws Exception {
    List<ShardWork> shards =
        ShardRunner.layout(
            out(), List.of(List.of("a.ATest"), List.of("a.BTest", "a.CTest")), 2, List.of(1L, 2L));
    run(List.of("sh", "-c", "true"), shards);

    ShardWork catchAll = shards.get(1);
    assertThat(Files.readAllLines(catchAll.unitsFile())).containsExactly("a.BTest", "a.CTest");
    assertThat(Files.readAllLines(catchAll.excludesFile())).containsExactly("a.ATest");
    assertThat(Files.readAllLines(catchAll.includesFile())).isEmpty();
    assertThat(Files.readAllLines(shards.get(0).includesFile())).containsExactly("a.ATest");
    assertThat(Files.readAllLines(shards.get(0).excludesFile())).isEmpty();
  }

  @Test
  void shouldReportAFailedTestAsAFailedShard() throws Exception {
    List<ShardWork> shards =
        ShardRunner.layout(
            out(), List.of(List.of("a.ATest"), List.of("a.FailingTest")), 0, List.of(1L, 1L));
    RunResult result = run(List.of("sh", FAKE_RUNNER.toString()), shards);

    assertThat(result.shards())
        .extracting(ShardResult::status)
        .containsExactly(ShardStatus.PASSED, ShardStatus.FAILED);
    assertThat(result.passed()).isFalse();
  }

  @Test
  void shouldReportAShardThatRanNoTestAlthoughPlanned() throws Exception {
    RunResult result = run(List.of("sh", "-c", "echo nothing to do"), threeShards());

    assertThat(result.shards()).allMatch(s -> s.status() == ShardStatus.NO_TESTS);
    assertThat(result.passed()).isFalse();
  }

  @Test
  void shouldReportANonZeroExitAsFailedEvenWithPassingReports() throws Exception {
    RunResult result = run(List.of("sh", "-c", "sh " + FAKE_RUNNER + " && exit 3"), threeShards());

    assertThat(result.shards()).allMatch(s -> s.status() == ShardStatus.FAILED);
    assertThat(result.shards()).allMatch(s -> s.exitCode() == 3);
  }

  @Test
  void shouldReportACommandThatDoesNotExistAsNotStarted() throws Exception {
    RunResult result = run(List.of("no-such-command-anywhere"), threeShards());

    assertThat(result.anyNotStarted()).isTrue();
    assertThat(result.shards().get(0).message()).contains("no-such-command-anywhere");
  }

  @Test
  void shouldKillTheWholeProcessTreeOfAHungShardAtItsTimeout() throws Exception {
    List<ShardWork> shards = ShardRunner.layout(out(), List.of(List.of("a.ATest")), 0, List.of(1L));
    long start = System.nanoTime();
    RunResult result =
        ShardRunner.run(
            RunConfig.local(CommandTemplate.of(List.of("sh", HANG.toString())), work, out())
                .withTimeout(Duration.ofSeconds(1)),
            shards);
    long seconds = (System.nanoTime() - start) / 1_000_000_000;

    assertThat(result.shards().get(0).status()).isEqualTo(ShardStatus.TIMED_OUT);
    assertThat(seconds).isLessThan(20);
    assertThat(alive(out().resolve("shard-1/child.pid"))).isFalse();
    assertThat(alive(out().resolve("shard-1/grandchild.pid"))).isFalse();
    assertThat(Files.readString(out().resolve("shard-1/output.log"))).contains("timed out");
  }

  @Test
  void shouldCollectReportsWrittenElsewhereIntoEachShardsOwnDirectory() throws Exception {
    List<String> command =
        List.of(
            "sh",
            "-c",
            "mkdir -p build/shard-$PARALLEL_TESTS_SHARD"
                + " && REPORTS_TO=build/shard-$PARALLEL_TESTS_SHARD sh "
                + FAKE_RUNNER);
    RunResult result =
        ShardRunner.run(
            RunConfig.local(CommandTemplate.of(command), work, out())
                .withReportsGlob("build/shard-{shard}/*.xml"),
            threeShards());

    assertThat(result.shards()).extracting(s -> s.count().tests()).containsExactly(2, 1, 2);
    assertThat(out().resolve("shard-3/reports/collected/build/shard-3/TEST-a.ETest.xml")).exists();
  }

  @Test
  void shouldRefuseAReportsGlobThatShardsWouldShare() {
    RunConfig config =
        RunConfig.local(CommandTemplate.of(List.of("true")), work, out())
            .withReportsGlob("build/test-results/*.xml");

    assertThatThrownBy(() -> ShardRunner.run(config, threeShards()))
        .isInstanceOf(RunException.class)
        .hasMessageContaining("{shard}");
  }

  @Test
  void shouldRefuseAnOutputDirectoryHoldingOldReports() throws Exception {
    Files.createDirectories(out().resolve("shard-1/reports"));
    Files.writeString(out().resolve("shard-1/reports/TEST-old.xml"), "<testsuite/>");

    assertThatThrownBy(() -> run(List.of("true"), threeShards()))
        .isInstanceOf(RunException.class)
        .hasMessageContaining("not empty");
  }

  /**
   * Whether the process still runs. A killed process whose parent died first may stay a zombie
   * (state Z) where PID 1 does not reap orphans; it runs no more code, so it counts as dead.
   */
  static boolean alive(Path pidFile) throws IOException {
    String pid = Files.readString(pidFile).trim();
    Path stat = Path.of("/proc", pid, "stat");
    if (!Files.exists(stat)) {
      return false;
    }
    try {
      String text = Files.readString(stat);
      String state = text.substring(text.lastIndexOf(')') + 2, text.lastIndexOf(')') + 3);
      return !state.equals("Z") && !state.equals("X");
    } catch (IOException e) {
      return false; // gone between the two reads
    }
  }
}
