package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCollectorTest {

  @TempDir Path root;

  @Test
  void reportsFoundAboveTheWorkingDirectoryAreCopiedIntoTheShardNeverBesideIt() throws Exception {
    Path workDir = Files.createDirectories(root.resolve("ci/jobs/checkout"));
    Path elsewhere = Files.createDirectories(root.resolve("elsewhere/shard-1"));
    Files.writeString(elsewhere.resolve("TEST-a.xml"), "<testsuite/>");
    ShardWork work =
        new ShardWork(1, 1, List.of("a.A"), List.of(), false, 0, root.resolve("out/shard-1"));

    int taken =
        new ReportCollector(
                RunConfig.local(CommandTemplate.of(List.of("true")), workDir, root.resolve("out")),
                "../../../elsewhere/shard-{shard}/*.xml")
            .collect(work, System.currentTimeMillis());

    assertThat(taken).isEqualTo(1);
    try (Stream<Path> files = Files.walk(root)) {
      assertThat(files.filter(p -> p.getFileName().toString().equals("TEST-a.xml")).toList())
          .hasSize(2)
          .allSatisfy(
              p -> assertThat(p.startsWith(elsewhere) || p.startsWith(work.reportsDir())).isTrue());
    }
  }
}
