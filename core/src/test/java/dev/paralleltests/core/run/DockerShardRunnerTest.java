package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shards inside real Docker containers (see {@link DockerEngine} for when this is skipped). */
class DockerShardRunnerTest {

  @TempDir Path work;

  @BeforeEach
  void requireDocker() throws Exception {
    DockerEngine.require();
    Files.copy(
        Path.of("src/test/resources/ShardRunnerTest/fake-runner.sh"),
        work.resolve("fake-runner.sh"),
        StandardCopyOption.REPLACE_EXISTING);
  }

  private Path out() {
    return work.resolve("out");
  }

  private RunConfig inContainers(List<String> command) {
    return RunConfig.local(CommandTemplate.of(command), work, out())
        .withDocker(DockerSettings.of(DockerEngine.BUSYBOX));
  }

  @Test
  void shouldRunEachShardInAContainerThatWritesItsReportsIntoTheOutputDirectory() throws Exception {
    List<ShardWork> shards =
        ShardRunner.layout(
            out(), List.of(List.of("a.ATest", "a.BTest"), List.of("a.CTest")), 0, List.of(2L, 1L));

    RunResult result = ShardRunner.run(inContainers(List.of("sh", "fake-runner.sh")), shards);

    assertThat(result.passed()).isTrue();
    assertThat(result.shards()).extracting(s -> s.count().tests()).containsExactly(2, 1);
    assertThat(Files.readAllLines(out().resolve("shard-2/env.txt")))
        .contains(
            "PARALLEL_TESTS_SHARD=2", "PARALLEL_TESTS_REPORTS=" + out().resolve("shard-2/reports"));
    assertThat(DockerEngine.leftoverContainers()).isEmpty();
  }

  @Test
  void shouldGiveContainersNoNetworkButLoopback() throws Exception {
    List<ShardWork> shards = ShardRunner.layout(out(), List.of(List.of("a.ATest")), 0, List.of(1L));

    ShardRunner.run(
        inContainers(
            List.of(
                "sh", "-c", "ls /sys/class/net > $PARALLEL_TESTS_OUT/net.txt; sh fake-runner.sh")),
        shards);

    assertThat(Files.readAllLines(out().resolve("shard-1/net.txt"))).containsExactly("lo");
  }

  @Test
  void shouldKillAHungContainerAtTheTimeoutAndLeaveNoContainerBehind() throws Exception {
    List<ShardWork> shards =
        ShardRunner.layout(
            out(), List.of(List.of("a.ATest"), List.of("a.BTest")), 0, List.of(1L, 1L));
    long start = System.nanoTime();

    RunResult result =
        ShardRunner.run(
            inContainers(List.of("sh", "-c", "echo hanging; sleep 300"))
                .withTimeout(Duration.ofSeconds(2)),
            shards);

    assertThat(result.shards()).allMatch(s -> s.status() == ShardStatus.TIMED_OUT);
    assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(30);
    assertThat(DockerEngine.leftoverContainers()).isEmpty();
    assertThat(Files.readString(out().resolve("shard-1/output.log"))).contains("hanging");
  }
}
