package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code run} with real shard processes that misbehave: each run has two units and two shards, one
 * shard behaving and one not (see {@code misbehaving-runner.sh}). In every case the exit status and
 * status line are right, the behaving shard's test is in the merged report exactly once, and the
 * run is never green.
 */
class RunCommandFaultTest {

  private static final String RUNNER =
      Path.of("src/test/resources/RunCommandFaultTest/misbehaving-runner.sh")
          .toAbsolutePath()
          .toString();

  @TempDir Path dir;

  private CliRun runWith(String badUnit, String... extra) throws IOException {
    Path units = Files.writeString(dir.resolve("units.txt"), "a.GoodTest\n" + badUnit + "\n");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "run",
                "--shards",
                "2",
                "--units-from",
                units.toString(),
                "--out",
                out().toString(),
                "--progress",
                "none"));
    args.addAll(List.of(extra));
    args.addAll(List.of("--", "sh", RUNNER));
    return CliRun.run(args.toArray(String[]::new));
  }

  private Path out() {
    return dir.resolve("out");
  }

  private long mergedCasesOf(String className) throws IOException {
    String merged = Files.readString(out().resolve("junit.xml"));
    Matcher m =
        Pattern.compile("<testcase\\b[^>]*classname=\"" + Pattern.quote(className) + "\"")
            .matcher(merged);
    long n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void aShardThatExitsNonZeroFailsTheRunThoughItsTestsPassed() throws Exception {
    CliRun run = runWith("a.Exit3Test");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out()).contains("status: failed (2 tests, 0 failed");
    assertThat(mergedCasesOf("a.GoodTest")).isEqualTo(1);
    assertThat(mergedCasesOf("a.Exit3Test")).isEqualTo(1);
  }

  @Test
  void aShardKilledBySignalFailsTheRun() throws Exception {
    CliRun run = runWith("a.KilledTest");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out()).contains("status: failed");
    assertThat(mergedCasesOf("a.GoodTest")).isEqualTo(1);
  }

  @Test
  void aHungShardIsKilledWithItsWholeProcessTreeAtTheTimeout() throws Exception {
    CliRun run = runWith("a.HangTest", "--timeout", "2s");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out()).contains("timed out").contains("status: failed");
    assertThat(mergedCasesOf("a.GoodTest")).isEqualTo(1);
    List<Path> pids = pidFiles();
    assertThat(pids).hasSize(2);
    for (Path pid : pids) {
      long id = Long.parseLong(Files.readString(pid).strip());
      assertThat(runningAfterAMoment(id))
          .as("%s (%d) survived the timeout", pid.getFileName(), id)
          .isFalse();
    }
  }

  @Test
  void aShardThatWritesNoReportFailsTheRunAndIsNamed() throws Exception {
    CliRun run = runWith("a.NoReportTest");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out()).contains("no tests").contains("status: failed");
    assertThat(mergedCasesOf("a.GoodTest")).isEqualTo(1);
  }

  @Test
  void aTruncatedReportIsAnErrorNamingTheFileAndKeepsWhatItHolds() throws Exception {
    CliRun run = runWith("a.TruncatedTest");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.ERROR);
    assertThat(run.out() + run.err()).contains("TEST-a.TruncatedTest.xml");
    assertThat(run.out()).contains("status: error");
    assertThat(mergedCasesOf("a.GoodTest")).isEqualTo(1);
    assertThat(mergedCasesOf("a.TruncatedTest")).isEqualTo(1);
  }

  /**
   * Both runs of the test really happened, so the merge keeps both and nothing is dropped; but a
   * runner that ran a test it was not given broke the split (that test ran twice), so the run is
   * not green.
   */
  @Test
  void aReportForATestTheShardWasNotGivenIsKeptAndMakesTheRunAnError() throws Exception {
    CliRun run = runWith("a.ForeignTest");

    assertThat(run.err()).contains("warning: a.GoodTest.works ran in shards 1 and 2");
    assertThat(mergedCasesOf("a.ForeignTest")).isEqualTo(1);
    assertThat(mergedCasesOf("a.GoodTest")).isEqualTo(2);
    assertThat(run.out() + run.err())
        .contains("shard 2: ran 1 unit planned for other shards, which ran them too")
        .contains("a.GoodTest");
    assertThat(run.out()).contains("status: error");
    assertThat(run.exitCode()).isEqualTo(ExitStatus.ERROR);
  }

  /**
   * Whether the process still runs a moment after the kill: SIGKILL takes effect asynchronously,
   * and a killed process stays a zombie until its new parent reaps it, which {@link
   * ProcessHandle#isAlive} counts as alive. So: its {@code /proc} state, for up to 2 s.
   */
  private static boolean runningAfterAMoment(long pid) throws Exception {
    Path stat = Path.of("/proc", Long.toString(pid), "stat");
    for (int i = 0; i < 20; i++) {
      String text;
      try {
        text = Files.readString(stat);
      } catch (IOException e) {
        return false; // gone
      }
      if (text.charAt(text.lastIndexOf(')') + 2) == 'Z') {
        return false;
      }
      Thread.sleep(100);
    }
    return true;
  }

  private List<Path> pidFiles() throws IOException {
    try (Stream<Path> files = Files.walk(out())) {
      return files.filter(p -> p.getFileName().toString().endsWith(".pid")).sorted().toList();
    }
  }
}
