package dev.paralleltests.cli;

import static dev.paralleltests.cli.ShardReports.SHARD_1;
import static dev.paralleltests.cli.ShardReports.SHARD_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code plan} given something slightly wrong says what. */
class PlanCommandEdgesTest {

  @TempDir Path dir;

  @Test
  void aMisspeltOptionIsNamedRatherThanTheMissingOneItCaused() {
    CliRun run = CliRun.run("plan", "--shard=4", "a.A");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unknown option: '--shard=4'").contains("--shards");
  }

  @Test
  void aHistoryThatDoesNotExistIsSaid() {
    CliRun run =
        CliRun.run("plan", "--shards", "2", "--history", dir.resolve("nowhere").toString());

    assertThat(run.err()).contains("nowhere does not exist");
  }

  @Test
  void aHistoryThatIsARegularFileIsAnError() throws Exception {
    Path file = Files.writeString(dir.resolve("timings.txt"), "x");

    CliRun run = CliRun.run("plan", "--shards", "2", "--history", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("timings.txt is a file");
  }

  @Test
  void javaFilePathsAtClassGranularityAreTheClassesTheyDeclare() throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);
    String paths =
        "src/test/resources/RunnerWiringIT/maven/src/test/java/com/example/AlphaTest.java\n"
            + "src/test/resources/RunnerWiringIT/maven/src/test/java/com/example/BetaTest.java\n";

    CliRun run =
        CliRun.withStdin(
            paths, "plan", "--shards", "2", "--history", history.toString(), "--units-from", "-");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("2 units known, 0 estimated").contains("com.example.AlphaTest");
    assertThat(run.err()).contains("--granularity file");
  }

  @Test
  void aPathThatNamesNoClassIsRefusedWithTheFlagThatFixesIt() {
    CliRun run = CliRun.run("plan", "--shards", "2", "src/test/nowhere/GoneTest.java");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("give --granularity file");
  }
}
