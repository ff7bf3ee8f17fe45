package dev.paralleltests.cli;

import static dev.paralleltests.cli.ShardReports.SHARD_1;
import static dev.paralleltests.cli.ShardReports.SHARD_2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.report.Durations;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run command in-process, with a small shell script as the test runner. */
class RunCommandTest {

  private static final String FAKE_RUNNER =
      Path.of("src/test/resources/RunCommandTest/fake-runner.sh").toAbsolutePath().toString();

  @TempDir Path dir;
  private Path units;
  private Path out;

  @BeforeEach
  void units() throws Exception {
    units = Files.writeString(dir.resolve("units.txt"), "a.ATest\na.BTest\na.CTest\n");
    out = dir.resolve("out");
  }

  /** {@code run} of the units file in two shards into {@code out}, with these arguments. */
  private CliRun run(String... more) {
    return run(2, more);
  }

  /** {@link #run(String...)} in so many shards. */
  private CliRun run(int shards, String... more) {
    String[] head = {
      "run", "--shards", "" + shards, "--units-from", units.toString(), "--out", out.toString()
    };
    return CliRun.run(concat(head, more));
  }

  /** {@link #run} of the fake runner, quietly, recorded in {@code history} as build {@code id}. */
  private CliRun runRecordedAs(Path history, String id) {
    String[] recorded = {"--progress", "none", "--history", history.toString(), "--build", id};
    return run(concat(recorded, "--", "sh", FAKE_RUNNER));
  }

  /**
   * {@code run} in two shards of what {@code history} knows (a catch-all shard for the rest) into
   * {@code into}, quietly, with these options and command.
   */
  private static CliRun runFromHistory(Path history, Path into, String... more) {
    String[] head = {
      "run",
      "--shards",
      "2",
      "--history",
      history.toString(),
      "--progress",
      "none",
      "--out",
      into.toString()
    };
    return CliRun.run(concat(head, more));
  }

  @Test
  void shouldPassAndLeaveTheMergedJUnitXmlAndReports() throws Exception {
    CliRun result = run("--progress", "plain", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    String merged = Files.readString(out.resolve("junit.xml"));
    assertThat(merged).contains("a.ATest", "a.BTest", "a.CTest");
    assertThat(merged.split("<testcase ", -1)).hasSize(4);
    assertThat(out.resolve("report.html")).isNotEmptyFile();
    assertThat(out.resolve("report.md")).isNotEmptyFile();
    assertThat(result.out()).contains("shard  units  planned  actual  tests  failed  status");
    assertThat(result.out()).contains("status: passed");
  }

  @Test
  void shouldRefuseBeforeRunningACatchAllThatWouldRunTheOtherShardsTestsAgain() throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);

    CliRun result = runFromHistory(history, out, "--", "sh", FAKE_RUNNER, "{units}");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is the catch-all").contains("{excludes}");
    assertThat(out.resolve("shard-1")).doesNotExist();
  }

  @Test
  void shouldRunACatchAllThatIsToldTheOtherShardsUnits() throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);

    CliRun result =
        runFromHistory(history, out, "--", "sh", FAKE_RUNNER, "{units}", "--skip={excludes}");

    assertThat(result.err()).doesNotContain("is the catch-all");
    assertThat(result.out()).contains("units: N+ is the catch-all shard");
  }

  @Test
  void shouldExitOneAndNameTheFailedTestWithItsShardAndMessageInsteadOfTheLogTail()
      throws Exception {
    Files.writeString(units, "a.ATest\na.FailingTest\n");

    CliRun result = run("--progress", "none", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out())
        .containsPattern("  FAILED a\\.FailingTest\\.works \\(shard [12]\\): boom");
    assertThat(result.out()).doesNotContain("last 20 lines of").doesNotContain("ran a.FailingTest");
    assertThat(Files.readString(out.resolve("junit.xml"))).contains("boom");
  }

  @Test
  void shouldShowTheLogTailOfAShardThatBrokeWithoutAFailedTest() {
    CliRun result = run("--progress", "none", "--", "sh", "-c", "echo the build broke; exit 3");

    assertThat(result.exitCode()).isNotZero();
    assertThat(result.out()).contains("last 20 lines of").contains("the build broke");
  }

  @Test
  void shouldWriteTheSameMachineAndTestTimeInJunitXmlAsInReportMd() throws Exception {
    CliRun result = run("--progress", "none", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    String merged = Files.readString(out.resolve("junit.xml"));
    String md = Files.readString(out.resolve("report.md"));
    long machine = millisOf(merged, "machineTime");
    long test = millisOf(merged, "testTime");
    // the fake runner reports 10 ms per test; the shards' processes take longer than that
    assertThat(test).isEqualTo(30);
    assertThat(machine).isGreaterThan(test);
    assertThat(md)
        .contains("**Machine time** " + Durations.format(machine) + " (sum of shard times)")
        .contains("**Test time** " + Durations.format(test) + " (sum of test times");
  }

  @Test
  void shouldRecordTestTimeAndChartTheSameFigureForThisRun() throws Exception {
    Path history = dir.resolve("history");
    CliRun first = runRecordedAs(history, "b1");
    assertThat(first.exitCode()).as(first.err()).isEqualTo(0);

    CliRun second = runRecordedAs(history, "b2");

    assertThat(second.exitCode()).as(second.err()).isEqualTo(0);
    String timings;
    try (var files = Files.list(history)) {
      Path b1 = files.filter(p -> p.getFileName().toString().contains("b1")).findFirst().get();
      timings = Files.readString(b1);
    }
    assertThat(timings).containsPattern("stat\\ttestMillis\\t30\\n");
    String html = Files.readString(out.resolve("report.html"));
    // the recorded build and this run show the same measure: 3 tests of 10 ms each
    assertThat(html).contains("<title>#b1: 30ms</title>").contains("<title>this run: 30ms</title>");
  }

  private static long millisOf(String mergedXml, String attribute) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile(attribute + "=\"([0-9.]+)\"").matcher(mergedXml);
    assertThat(m.find()).as(attribute + " in " + mergedXml).isTrue();
    return Math.round(Double.parseDouble(m.group(1)) * 1000);
  }

  private static String[] concat(String[] head, String... tail) {
    String[] all = java.util.Arrays.copyOf(head, head.length + tail.length);
    System.arraycopy(tail, 0, all, head.length, tail.length);
    return all;
  }

  @Test
  void shouldExitOneAndNameAPlannedUnitThatNoReportMentions() throws Exception {
    Files.writeString(units, "a.ATest\na.SilentTest\na.CTest\n");

    CliRun result = run("--progress", "none", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
    assertThat(result.out())
        .containsPattern("1 planned unit never reported")
        .contains("planned units never reported: a.SilentTest")
        .contains("status: failed");
    assertThat(Files.readString(out.resolve("report.md"))).contains("a.SilentTest");
    assertThat(Files.readString(out.resolve("report.html"))).contains("a.SilentTest");
  }

  @Test
  void shouldNotWarnAboutMissingFileNamesAtClassGranularity() throws Exception {
    // The fake runner's reports name classes but no file, as the JUnit console launcher's do: at
    // class granularity the class is the unit, so nothing is lost and nothing is to be said.
    Path history = dir.resolve("history");

    CliRun result =
        run("--progress", "none", "--history", history.toString(), "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.out() + result.err()).doesNotContain("name no file");
  }

  @Test
  void shouldExitOneWhenAShardTimesOut() {
    CliRun result = run("--progress", "none", "--timeout", "1", "--", "sh", "-c", "sleep 60");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("timed out");
  }

  @Test
  void shouldExitOneWhenAShardReportsNoTests() {
    CliRun result = run("--progress", "none", "--", "true");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("no tests");
  }

  @Test
  void shouldRecordTheRunInTheHistory() throws Exception {
    Path history = dir.resolve("history");

    CliRun result = runRecordedAs(history, "b1");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(0);
    assertThat(result.out()).contains("recorded as build b1");
    try (var files = Files.list(history)) {
      assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.contains("b1"));
    }
  }

  @Test
  void shouldReplaceAnEarlierRunInTheSameOutputDirectory() throws Exception {
    Files.writeString(units, "a.ATest\na.FailingTest\n");
    assertThat(run("--progress", "none", "--", "sh", FAKE_RUNNER).exitCode()).isEqualTo(1);
    Files.writeString(units, "a.BTest\n");

    CliRun again = run(1, "--progress", "none", "--", "sh", FAKE_RUNNER);

    assertThat(again.exitCode()).as(again.err()).isEqualTo(0);
    assertThat(Files.readString(out.resolve("junit.xml")))
        .contains("a.BTest")
        .doesNotContain("a.ATest");
    assertThat(out.resolve("shard-2")).doesNotExist();
  }

  @Test
  void shouldRefuseAnOutputDirectoryWithShardDirectoriesItDidNotWrite() throws Exception {
    Files.createDirectories(out.resolve("shard-1"));

    CliRun result = run("--progress", "none", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("was not written by parallel-tests run");
  }

  @Test
  void shouldExitTwoWithoutACommand() {
    CliRun result = run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("no COMMAND given");
  }

  @Test
  void shouldExitTwoWhenTheCommandDoesNotExist() {
    CliRun result = run("--progress", "none", "--", "no-such-test-runner-here");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.out() + result.err()).contains("no-such-test-runner-here");
  }

  @Test
  void shouldExitTwoNamingAMissingUnitsFile() {
    CliRun result = CliRun.run("run", "--shards", "2", "--units-from", "nope.txt", "--", "true");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("nope.txt");
  }

  @Test
  void aDeletedTestFailsOneRunAndTheNextRunLeavesItToTheCatchAllShard() throws Exception {
    // The history knows a.SilentTest; it has since been deleted (the fake runner reports nothing
    // for it, as a runner whose filter matched nothing).
    Path history = RecordedHistory.of(dir, "a.ATest", "a.BTest", "a.SilentTest");

    CliRun first = runFromHistory(history, out, "--build", "2", "--", "sh", FAKE_RUNNER);
    CliRun second =
        runFromHistory(history, dir.resolve("out2"), "--build", "3", "--", "sh", FAKE_RUNNER);

    assertThat(first.exitCode()).as(first.out() + first.err()).isEqualTo(1);
    assertThat(first.out()).contains("planned units never reported: a.SilentTest");
    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.err())
        .contains("1 unit planned for build 2 never reported (a.SilentTest;")
        .contains("left to the catch-all shard");
  }

  @Test
  void whenEveryUnitTheHistoryKnowsWentUnreportedTheCatchAllShardAloneRunsWhateverTestsExist()
      throws Exception {
    // a.SilentTest was renamed a.SkippedTest, which is disabled for now: build 2 reported no
    // a.SilentTest and timed nothing, so the history's newest build notes every unit it knows
    // missing.
    Path history = RecordedHistory.of(dir, "a.SilentTest");
    Files.writeString(units, "a.SilentTest\na.SkippedTest\n");
    CliRun renamed =
        run(
            1,
            "--progress",
            "none",
            "--history",
            history.toString(),
            "--build",
            "2",
            "--",
            "sh",
            FAKE_RUNNER);
    assertThat(renamed.out()).contains("planned units never reported: a.SilentTest");

    CliRun next =
        runFromHistory(
            history, dir.resolve("out2"), "--build", "3", "--", "sh", FAKE_RUNNER, "a.NewTest");

    assertThat(next.exitCode()).as(next.out() + next.err()).isZero();
    assertThat(next.err())
        .contains("every unit the history knows (1 unit: a.SilentTest) was planned for build 2")
        .contains("shard 1, the catch-all, runs every test there is")
        .doesNotContain("no units to run");
    assertThat(next.out())
        .contains("running 1 shard (the catch-all alone: no unit is listed, it runs every test)");
    assertThat(Files.readString(dir.resolve("out2/junit.xml"))).contains("a.NewTest");
  }

  @Test
  void aFirstBuildWithAnEmptyHistoryRunsTheCatchAllShardAlone() throws Exception {
    Path history = dir.resolve("history");

    CliRun first = runFromHistory(history, out, "--", "sh", FAKE_RUNNER, "a.ATest");

    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();
    assertThat(first.err()).contains("has no class timings yet: shard 1 runs every test");
    assertThat(first.out())
        .contains("running 1 shard (the catch-all alone: no unit is listed, it runs every test)");
    assertThat(Files.readString(out.resolve("junit.xml"))).contains("a.ATest");
  }

  @Test
  void aRunFromTheHistoryPlansAsPlanDoesKeepingRoomOnTheCatchAllForNewTests() throws Exception {
    // Three builds, each with one class more than the last: new tests take time in every build.
    Path history = RecordedHistory.withBuild(dir, "1", 2, "a.ATest", "a.BTest", "a.CTest");
    RecordedHistory.withBuild(dir, "2", 2, "a.ATest", "a.BTest", "a.CTest", "a.DTest");
    RecordedHistory.withBuild(dir, "3", 2, "a.ATest", "a.BTest", "a.CTest", "a.DTest", "a.ETest");
    String planned = HistoryCommands.planJson(history, 2).out();
    assertThat(planned).contains("kept");

    CliRun result = runFromHistory(history, out, "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).as(result.out() + result.err()).isZero();
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    assertThat(json.readTree(out.resolve("plan.json").toFile()).get("shards"))
        .isEqualTo(json.readTree(planned).get("shards"));
  }

  @Test
  void aDeletedTestLeftToTheCatchAllShardStaysThereInTheRunsAfter() throws Exception {
    // As above: a.SilentTest is known to the history but deleted. Build 2 reports it missing; the
    // runs after leave it to the catch-all shard, each noting it again, so none fails for it.
    Path history = RecordedHistory.of(dir, "a.ATest", "a.BTest", "a.SilentTest");
    runFromHistory(history, out, "--build", "2", "--", "sh", FAKE_RUNNER);
    runFromHistory(history, dir.resolve("out3"), "--build", "3", "--", "sh", FAKE_RUNNER);

    CliRun fourth =
        runFromHistory(history, dir.resolve("out4"), "--build", "4", "--", "sh", FAKE_RUNNER);

    assertThat(fourth.exitCode()).as(fourth.out() + fourth.err()).isZero();
    assertThat(fourth.err())
        .contains("1 unit planned for build 3 never reported (a.SilentTest;")
        .contains("left to the catch-all shard");
    assertThat(fourth.out()).doesNotContain("never reported: a.SilentTest");
  }

  @Test
  void aCatchAllShardAloneThatRanNoTestIsNotGreen() {
    CliRun run = runFromHistory(dir.resolve("history"), out, "--", "true");

    assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitStatus.TESTS_FAILED);
    assertThat(run.out()).contains("no tests").contains("status: failed");
  }
}
