package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's first command: the bundled example suite through {@code run --example}. */
class RunExampleIT {

  @TempDir Path dir;

  @Test
  void shouldRunTheExampleSuiteInFourShardsAndLeaveTheReports() throws Exception {
    // relative paths are the caller's, although the example runs in the repository

    Path out = dir.resolve("example");

    Launcher.Result run =
        Launcher.launch(
            dir,
            Map.of(),
            "run",
            "--example",
            "--out",
            "example",
            "--history",
            "history",
            "--progress",
            "plain");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("running 4 shards of 12 units").contains("status: passed");
    assertThat(RunRealRunners.caseClasses(out.resolve("junit.xml")))
        .hasSize(31)
        .contains("dev.paralleltests.examples.shop.CheckoutTest");
    assertThat(out.resolve("report.html")).isNotEmptyFile();
    assertThat(out.resolve("report.md")).isNotEmptyFile();
    assertThat(dir.resolve("history")).isNotEmptyDirectory();
  }
}
