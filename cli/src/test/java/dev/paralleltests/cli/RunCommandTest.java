package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

  private CliRun run(String... more) {
    String[] args = new String[more.length + 7];
    String[] head = {
      "run", "--shards", "2", "--units-from", units.toString(), "--out", out.toString()
    };
    System.arraycopy(head, 0, args, 0, head.length);
    System.arraycopy(more, 0, args, head.length, more.length);
    return CliRun.run(args);
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
  void shouldExitOneAndShowTheFailedShardsLogWhenATestFails() throws Exception {
    Files.writeString(units, "a.ATest\na.FailingTest\n");

    CliRun result = run("--progress", "none", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("last 20 lines of").contains("ran a.FailingTest");
    assertThat(Files.readString(out.resolve("junit.xml"))).contains("boom");
  }

  @Test
  void shouldExitOneAndNameAPlannedUnitThatNoReportMentions() throws Exception {
    Files.writeString(units, "a.ATest\na.SilentTest\na.CTest\n");

    CliRun result = run("--progress", "none", "--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).as(result.out() + result.err()).isEqualTo(1);
    assertThat(result.out())
        .containsPattern("1 planned units never reported")
        .contains("planned units never reported: a.SilentTest")
        .contains("status: failed");
    assertThat(Files.readString(out.resolve("report.md"))).contains("a.SilentTest");
    assertThat(Files.readString(out.resolve("report.html"))).contains("a.SilentTest");
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

    CliRun result =
        run(
            "--progress",
            "none",
            "--history",
            history.toString(),
            "--build",
            "b1",
            "--",
            "sh",
            FAKE_RUNNER);

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

    CliRun again =
        CliRun.run(
            "run",
            "--shards",
            "1",
            "--units-from",
            units.toString(),
            "--out",
            out.toString(),
            "--progress",
            "none",
            "--",
            "sh",
            FAKE_RUNNER);

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
}
