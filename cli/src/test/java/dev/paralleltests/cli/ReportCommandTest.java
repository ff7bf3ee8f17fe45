package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {

  private static final String SHARD_1 = "src/test/resources/LauncherIT/shard-1";
  private static final String SHARD_2 = "src/test/resources/LauncherIT/shard-2";
  private static final String FAILING = "src/test/resources/LauncherIT/shard-2-failing";

  @TempDir Path dir;

  @Test
  void jsonHasTheTotalsAndEveryShard() throws Exception {
    Path out = dir.resolve("summary.json");

    CliRun run =
        CliRun.run("report", "--format", "json", "--out", out.toString(), SHARD_1, SHARD_2);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.toString()).contains("7").contains("\"index\":1").contains("\"index\":2");
  }

  @Test
  void markdownNamesTheFailureAndTheCommandExits1() throws Exception {
    Path out = dir.resolve("summary.md");

    CliRun run =
        CliRun.run("report", "--format", "markdown", "--out", out.toString(), SHARD_1, FAILING);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(out).content().contains("retries").contains("expected 2 but was 3");
  }

  @Test
  void markdownStaysWithinTheByteLimit() throws Exception {
    Path out = dir.resolve("summary.md");

    CliRun run =
        CliRun.run(
            "report",
            "--format",
            "markdown",
            "--max-bytes",
            "300",
            "--out",
            out.toString(),
            SHARD_1,
            FAILING);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(Files.readAllBytes(out).length).isLessThanOrEqualTo(300);
  }

  @Test
  void htmlIsOneSelfContainedPageWithTheHistorysTrend() throws Exception {
    Path history = dir.resolve("history");
    CliRun.run("record", "--history", history.toString(), "--build", "40", SHARD_1, SHARD_2);
    Path out = dir.resolve("report.html");

    CliRun run =
        CliRun.run(
            "report",
            "--format",
            "html",
            "--out",
            out.toString(),
            "--history",
            history.toString(),
            SHARD_1,
            SHARD_2);

    assertThat(run.exitCode()).as(run.err()).isZero();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html)
        .contains("<svg")
        .contains("#40")
        .doesNotContain("http://")
        .doesNotContain("https://");
  }

  @Test
  void writesToStandardOutputWithADash() {
    CliRun run = CliRun.run("report", "--format", "markdown", "--out", "-", SHARD_1, SHARD_2);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("7");
  }

  @Test
  void anUnknownFormatIsAUsageError() {
    CliRun run = CliRun.run("report", "--format", "pdf", "--out", "x", SHARD_1);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("'pdf'");
  }
}
