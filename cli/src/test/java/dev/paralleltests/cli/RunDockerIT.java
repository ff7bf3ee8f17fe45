package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example suite with every shard in a real Docker container of the local JRE image that {@code
 * scripts/docker-setup.sh} builds (no registry is needed).
 */
class RunDockerIT {

  @TempDir Path dir;

  @Test
  void shouldRunTheExampleSuiteInContainersAndLeaveNoContainerBehind() throws Exception {
    RunRealRunners.requireDocker();
    Path out = dir.resolve("example");

    Launcher.Result run =
        Launcher.launch(
            dir,
            Map.of(),
            "run",
            "--example",
            "--shards",
            "2",
            "--image",
            "parallel-tests/jre:17",
            "--out",
            out.toString(),
            "--history",
            dir.resolve("history").toString(),
            "--progress",
            "plain");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("in containers of parallel-tests/jre:17");
    assertThat(RunRealRunners.caseClasses(out.resolve("junit.xml"))).hasSize(31);
    Launcher.Result containers =
        Launcher.run(
            dir,
            Map.of(),
            java.util.List.of(
                "docker",
                "ps",
                "--all",
                "--filter",
                "name=parallel-tests-",
                "--format",
                "{{.Names}}"));
    assertThat(containers.out()).isBlank();
  }
}
