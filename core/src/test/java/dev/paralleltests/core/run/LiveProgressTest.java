package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Live progress with a real process that writes its reports over time: counts and the failed test's
 * name show while the shard still runs, not only at its end. The runner waits for a file the view
 * creates once it has seen the first report, so the test never depends on timing.
 */
class LiveProgressTest {

  private static final Path SLOW_RUNNER =
      Path.of("src/test/resources/ShardRunnerTest/slow-runner.sh").toAbsolutePath();

  @TempDir Path work;

  /** Remembers what it was shown while the shard ran, and lets the runner go on. */
  private static final class Watching implements ProgressView {
    final List<ShardProgress> whileRunning = new ArrayList<>();
    final Path go;

    Watching(Path go) {
      this.go = go;
    }

    @Override
    public void update(List<ShardProgress> shards) {
      ShardProgress s = shards.get(0);
      if (!s.finished() && s.tests() > 0) {
        whileRunning.add(s);
        try {
          if (!Files.exists(go)) {
            Files.createFile(go);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private RunResult run(RunConfig config, Watching view) throws RunException {
    List<ShardWork> works =
        ShardRunner.layout(
            config.outDir(), List.of(List.of("a.FirstTest", "a.SecondTest")), 0, List.of(100L));
    return ShardRunner.run(config.withProgress(view), works);
  }

  @Test
  void countsAndTheFailedTestShowWhileTheShardRuns() throws Exception {
    Path out = work.resolve("out");
    Watching view = new Watching(out.resolve("shard-1/go"));

    RunResult result =
        run(
            RunConfig.local(CommandTemplate.of(List.of("sh", SLOW_RUNNER.toString())), work, out),
            view);

    assertThat(view.whileRunning)
        .first()
        .satisfies(
            s -> {
              assertThat(s.tests()).isEqualTo(2);
              assertThat(s.failed()).isEqualTo(1);
              assertThat(s.failedTests()).containsExactly("a.FirstTest.breaks");
            });
    assertThat(result.shards().get(0).count().tests()).isEqualTo(3);
  }

  @Test
  void reportsARunnerWritesElsewhereCountWhileItRunsNotOnlyOnceCollected() throws Exception {
    Path out = work.resolve("out");
    Watching view = new Watching(out.resolve("shard-1/go"));
    RunConfig config =
        RunConfig.local(
                CommandTemplate.of(
                    List.of(
                        "sh", SLOW_RUNNER.toString(), work.resolve("target/shard-1").toString())),
                work,
                out)
            .withReportsGlob("target/shard-{shard}/*.xml");

    RunResult result = run(config, view);

    assertThat(view.whileRunning).isNotEmpty();
    assertThat(view.whileRunning.get(0).failedTests()).containsExactly("a.FirstTest.breaks");
    assertThat(result.shards().get(0).count().tests()).isEqualTo(3);
  }
}
