package dev.paralleltests.cli;

import static dev.paralleltests.cli.ShardReports.SHARD_1;
import static dev.paralleltests.cli.ShardReports.SHARD_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} at its edges: the output directory, the history, the catch-all, what it prints. */
class RunCommandEdgesTest {

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
    List<String> args =
        new ArrayList<>(
            List.of("run", "--shards", "2", "--progress", "none", "--out", out.toString()));
    if (!List.of(more).contains("--units-from") && !List.of(more).contains("--history")) {
      args.addAll(List.of("--units-from", units.toString()));
    }
    args.addAll(List.of(more));
    return CliRun.run(args.toArray(String[]::new));
  }

  @Test
  void anOutDirectoryHoldingSomeoneElsesFilesIsRefusedBeforeAnythingIsDeleted() throws Exception {
    Files.createDirectories(out.resolve("shard-1"));
    Files.writeString(out.resolve("junit.xml"), "mine");
    Files.writeString(out.resolve("plan.json"), "mine too");
    Files.writeString(out.resolve("shard-1/mydata.txt"), "data");

    CliRun result = run("--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("shard-1").contains("not written by parallel-tests run");
    assertThat(out.resolve("junit.xml")).hasContent("mine");
    assertThat(out.resolve("plan.json")).hasContent("mine too");
    assertThat(out.resolve("shard-1/mydata.txt")).hasContent("data");
  }

  @Test
  void aJUnitXmlThatRunDidNotWriteIsRefusedToo() throws Exception {
    Files.createDirectories(out);
    Files.writeString(out.resolve("junit.xml"), "mine");

    CliRun result = run("--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("junit.xml").contains("not written by parallel-tests run");
    assertThat(out.resolve("junit.xml")).hasContent("mine");
  }

  @Test
  void aSecondRunReplacesTheFirstRunsOutputAndKeepsOtherFiles() throws Exception {
    assertThat(run("--", "sh", FAKE_RUNNER).exitCode()).isZero();
    Files.writeString(out.resolve("notes.txt"), "keep me");
    Files.writeString(out.resolve("shard-2/stale.txt"), "from the first run");
    Files.writeString(units, "a.DTest\n");

    CliRun second = run("--", "sh", FAKE_RUNNER);

    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(out.resolve("notes.txt")).hasContent("keep me");
    assertThat(out.resolve("shard-2")).doesNotExist(); // one unit: one shard this time
    assertThat(Files.readString(out.resolve("junit.xml")))
        .contains("a.DTest")
        .doesNotContain("a.ATest");
    assertThat(second.out()).contains("merged JUnit XML: ").doesNotContain(".partial");
    try (var siblings = Files.list(dir)) {
      assertThat(siblings.map(p -> p.getFileName().toString()))
          .noneMatch(n -> n.contains("partial"));
    }
  }

  @Test
  void theMergedReportAndPlanGetTheSameFileModeAsTheOtherReports() throws Exception {
    CliRun result = run("--", "sh", FAKE_RUNNER);

    assertThat(result.exitCode()).as(result.err()).isZero();
    String html =
        PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("report.html")));
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("junit.xml"))))
        .isEqualTo(html);
    assertThat(
            PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("plan.json"))))
        .isEqualTo(html);
  }

  @Test
  void aHistoryThatCannotBeWrittenIsAnErrorBeforeAnyShardRuns() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");

    CliRun result =
        run(
            "--history",
            file.resolve("history").toString(),
            "--units-from",
            units.toString(),
            "--",
            "sh",
            FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("--history").contains("a-file").contains("not writable");
    assertThat(out).doesNotExist();
  }

  @Test
  void aHistoryThatIsAFileIsAnError() throws Exception {
    Path file = Files.writeString(dir.resolve("a-file"), "x");

    CliRun result =
        run(
            "--history",
            file.toString(),
            "--units-from",
            units.toString(),
            "--",
            "sh",
            FAKE_RUNNER);

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is a file, not a history directory");
  }

  @Test
  void aCatchAllWithUnitsButNoExcludesIsRefusedBeforeRunning() throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);

    CliRun result = run("--history", history.toString(), "--", "sh", FAKE_RUNNER, "{units}");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("catch-all").contains("{excludes}");
    assertThat(out).doesNotExist();
  }

  @Test
  void theTableExplainsTheCatchAllsPlusAndItsLastRowAgreesWithTheStatusLine() throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);

    CliRun result =
        run("--history", history.toString(), "--", "sh", FAKE_RUNNER, "{units}", "{excludes}");

    assertThat(result.out()).contains("units: N+ is the catch-all shard");
    String allRow =
        result.lines().stream().filter(l -> l.startsWith("all ")).findFirst().orElseThrow();
    String status =
        result.lines().stream().filter(l -> l.startsWith("status: ")).findFirst().orElseThrow();
    String word = status.substring("status: ".length()).split(" ")[0];
    assertThat(allRow).endsWith(word);
  }

  @Test
  void unitsCanComeFromAPipeAsProcessSubstitutionGivesThem() throws Exception {
    Path fifo = dir.resolve("units.fifo");
    assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
    CompletableFuture<Void> writer =
        CompletableFuture.runAsync(
            () -> {
              try {
                Files.writeString(fifo, "a.ATest\na.BTest\n");
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });

    CliRun result = run("--units-from", fifo.toString(), "--", "sh", FAKE_RUNNER);
    writer.join();

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(out.resolve("junit.xml"))).contains("a.ATest", "a.BTest");
  }

  @Test
  void oneShardOfOneUnitIsSingular() throws Exception {
    Files.writeString(units, "a.ATest\n");

    CliRun result = run("--", "sh", FAKE_RUNNER);

    assertThat(result.out()).contains("running 1 shard of 1 unit,").contains("(1 test, 0 failed");
  }
}
