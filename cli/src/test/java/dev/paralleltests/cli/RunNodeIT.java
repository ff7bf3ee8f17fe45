package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Node's built-in test runner, whose junit reporter names no file: {@code run} still learns each
 * file's time, from the units each shard ran, and never records a made-up path.
 */
class RunNodeIT {

  private static final Path DATA = Path.of("src/test/resources/RunNodeIT").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void learnsEachFilesTimeFromTheShardThatRanIt() throws Exception {
    RunRealRunners.requireProgram("Node.js", "node", "--version");
    Path project = dir.resolve("project");
    RunRealRunners.copyProject(DATA.resolve("project"), project);
    Path history = dir.resolve("history");

    Launcher.Result run =
        Launcher.launch(
            project,
            Map.of(),
            "run",
            "--shards",
            "4",
            "--discover",
            "test/*.test.js",
            "--granularity",
            "file",
            "--history",
            history.toString(),
            "--out",
            dir.resolve("out").toString(),
            "--progress",
            "none",
            "--",
            "node",
            "--test",
            "--test-reporter=junit",
            "--test-reporter-destination={reports}/junit.xml",
            "{units}");
    Launcher.Result plan =
        Launcher.launch(
            project,
            Map.of(),
            "plan",
            "--shards",
            "2",
            "--history",
            history.toString(),
            "--granularity",
            "file");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out() + run.err()).contains("4 test cases name no file");
    assertThat(plan.out())
        .as(plan.out() + plan.err())
        .contains("4 units known")
        .contains("slowest units: test/slow.test.js");
    try (Stream<Path> files = Files.walk(history)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).doesNotContain(".java");
      }
    }
  }
}
