package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real launcher script on the shaded jar, end to end: plan, split, merge, report, record. */
class LauncherIT {

  @TempDir Path work;

  @BeforeAll
  static void jarIsBuilt() {
    assertThat(Launcher.root().resolve("cli/target/parallel-tests.jar"))
        .as("the package phase builds the shaded jar before integration tests")
        .isRegularFile();
  }

  @Test
  void printsItsVersionAndHelp() throws Exception {
    Launcher.Result version = Launcher.launch(work, Map.of(), "--version");
    Launcher.Result help = Launcher.launch(work, Map.of(), "split", "--help");

    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("parallel-tests ");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: parallel-tests split").contains("Exit status:");
  }

  @Test
  void saysHowToBuildTheJarWhenItIsMissing() throws Exception {
    Launcher.Result run =
        Launcher.launch(work, Map.of("PARALLEL_TESTS_JAR", work.resolve("none.jar").toString()));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("none.jar is missing").contains("./mvnw -B -DskipTests package");
  }

  @Test
  void worksThroughASymbolicLinkOnThePath() throws Exception {
    Path bin = Files.createDirectories(work.resolve("bin"));
    Files.createSymbolicLink(bin.resolve("parallel-tests"), Launcher.script());

    Launcher.Result run =
        Launcher.bash(
            work,
            Map.of("PATH", bin + ":" + System.getenv("PATH")),
            "parallel-tests split --shards 2 --index 2 b.BTest a.ATest c.CTest");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.lines()).isNotEmpty().allMatch(l -> l.matches("[abc]\\.[ABC]Test"));
  }

  @Test
  void usageErrorsExitWith2AndOneLine() throws Exception {
    Launcher.Result run = Launcher.launch(work, Map.of(), "split", "--index", "1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().strip().lines()).hasSize(1);
  }

  @Test
  void printsAPlansJsonAsUtf8WhateverTheLocale() throws Exception {
    // A C locale makes Java's standard output ASCII: text printed through it turned the name's
    // accented letter into '?'. JSON is UTF-8, and split reads the plan as UTF-8. (The name comes
    // from a file, which is read as UTF-8: the C locale would mangle it as an argument.)
    Map<String, String> env = Map.of("LC_ALL", "C", "LANG", "C");
    Files.writeString(work.resolve("units.txt"), "com.example.Caf\u00e9Test\n");

    Launcher.Result plan =
        Launcher.launch(
            work, env, "plan", "--shards", "1", "--format", "json", "--units-from", "units.txt");

    assertThat(plan.exitCode()).as(plan.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(plan.out());
    assertThat(json.get("shards").get(0).get("units").get(0).asText())
        .isEqualTo("com.example.Caf\u00e9Test");
  }

  @Test
  void plansSplitsMergesReportsAndRecordsAcrossRealProcesses() throws Exception {
    Path reports = copyReports();
    Map<String, String> env = Map.of();

    Launcher.Result plan =
        Launcher.launch(
            work,
            env,
            "plan",
            "--shards",
            "2",
            "--format",
            "json",
            "com.example.AlphaTest",
            "com.example.BetaTest",
            "com.example.GammaTest");
    assertThat(plan.exitCode()).as(plan.err()).isZero();
    Files.writeString(work.resolve("plan.json"), plan.out());
    JsonNode json = new ObjectMapper().readTree(plan.out());
    assertThat(json.get("shards")).hasSize(2);

    List<String> split = new ArrayList<>();
    for (int i = 1; i <= 2; i++) {
      Launcher.Result shard =
          Launcher.launch(work, env, "split", "--plan", "plan.json", "--index", "" + i);
      assertThat(shard.exitCode()).as(shard.err()).isZero();
      split.addAll(shard.lines());
      // each shard "runs" the units split gave it: their reports are this shard's
      Path ran = Files.createDirectories(work.resolve("ran/shard-" + i));
      for (String unit : shard.lines()) {
        String report = "TEST-" + unit + ".xml";
        Path from = reports.resolve("shard-1").resolve(report);
        Files.copy(
            Files.exists(from) ? from : reports.resolve("shard-2").resolve(report),
            ran.resolve(report));
      }
    }
    assertThat(split)
        .containsExactlyInAnyOrder(
            "com.example.AlphaTest", "com.example.BetaTest", "com.example.GammaTest");

    Launcher.Result merge =
        Launcher.launch(
            work,
            env,
            "merge",
            "--out",
            "merged.xml",
            "--plan",
            "plan.json",
            work.resolve("ran/shard-1").toString(),
            work.resolve("ran/shard-2").toString());
    assertThat(merge.exitCode()).as(merge.err()).isZero();
    assertThat(work.resolve("merged.xml")).content().contains("com.example.GammaTest");

    Launcher.Result report =
        Launcher.launch(
            work,
            env,
            "report",
            "--format",
            "html",
            "--out",
            "report.html",
            "1=" + reports.resolve("shard-1"),
            "2=" + reports.resolve("shard-2"));
    assertThat(report.exitCode()).as(report.err()).isZero();
    assertThat(work.resolve("report.html")).content().contains("<html");

    Launcher.Result record =
        Launcher.launch(work, env, "record", "--history", "timings", "--build", "7", "merged.xml");
    assertThat(record.exitCode()).as(record.err()).isZero();

    Launcher.Result fromHistory =
        Launcher.launch(
            work, env, "split", "--shards", "2", "--index", "1", "--history", "timings");
    assertThat(fromHistory.exitCode()).as(fromHistory.err()).isZero();
    assertThat(fromHistory.out()).isNotBlank();
  }

  @Test
  void aFailedTestExits1AndStillWritesTheMergedReport() throws Exception {
    Path reports = copyReports();

    Launcher.Result merge =
        Launcher.launch(
            work,
            Map.of(),
            "merge",
            "--out",
            "merged.xml",
            reports.resolve("shard-1").toString(),
            reports.resolve("shard-2-failing").toString());

    assertThat(merge.exitCode()).isEqualTo(1);
    assertThat(merge.out()).contains("com.example.GammaTest");
    assertThat(work.resolve("merged.xml")).content().contains("<failure");
  }

  @Test
  void aMissingShardExits1() throws Exception {
    Path reports = copyReports();

    Launcher.Result merge =
        Launcher.launch(
            work,
            Map.of(),
            "merge",
            "--out",
            "merged.xml",
            "--expect-shards",
            "3",
            reports.resolve("shard-1").toString(),
            reports.resolve("shard-2").toString());

    assertThat(merge.exitCode()).isEqualTo(1);
    assertThat(merge.err()).contains("shard 3");
  }

  private Path copyReports() throws Exception {
    Path target = work.resolve("reports");
    Path source = Path.of("src/test/resources/LauncherIT");
    try (var files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path dest = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dest);
        } else {
          Files.copy(p, dest);
        }
      }
    }
    return target;
  }
}
