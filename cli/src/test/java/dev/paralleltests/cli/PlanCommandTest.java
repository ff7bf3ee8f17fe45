package dev.paralleltests.cli;

import static dev.paralleltests.cli.ShardReports.SHARD_1;
import static dev.paralleltests.cli.ShardReports.SHARD_2;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

  /** Surefire's reports, without file names, recorded where no source file is. */
  private static final String NO_FILE_NAMES = "src/test/resources/PlanCommandTest/no-file-names";

  @TempDir Path dir;

  @Test
  void jsonPlanKeepsTheCallersUnitNamesUnchangedWithOneBasedShards() throws Exception {
    CliRun run =
        CliRun.run(
            "plan", "--shards", "2", "--format", "json", "com.x.Outer$Inner", "b/c d.py", "z.Z");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.get("version").asInt()).isEqualTo(1);
    assertThat(plan.get("granularity").asText()).isEqualTo("class");
    assertThat(plan.get("shards")).hasSize(2);
    assertThat(plan.get("shards").get(0).get("index").asInt()).isEqualTo(1);
    assertThat(units(plan)).containsExactlyInAnyOrder("com.x.Outer$Inner", "b/c d.py", "z.Z");
    assertThat(run.out()).doesNotContain("\"excludes\"");
    for (String field :
        List.of("lowerBoundMillis", "predictedMakespanMillis", "knownUnits", "estimatedUnits")) {
      assertThat(plan.has(field)).as(field).isTrue();
    }
  }

  @Test
  void textFormatExplainsThePlanForPeople() {
    CliRun run = CliRun.run("plan", "--shards", "2", "a.A", "b.B", "c.C");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("lower bound").contains("shard 1").contains("shard 2");
  }

  @Test
  void readsUnitsFromAFileAndFromStandardInput() throws Exception {
    Path file = Files.writeString(dir.resolve("units.txt"), "a.A\n\n  b.B  \r\na.A\n");

    CliRun fromFile =
        CliRun.run("plan", "--shards", "3", "--format", "json", "--units-from", file.toString());
    CliRun fromStdin =
        CliRun.withStdin(
            "c.C\nd.D\n", "plan", "--shards", "1", "--format", "json", "--units-from", "-");

    assertThat(units(new ObjectMapper().readTree(fromFile.out())))
        .containsExactlyInAnyOrder("a.A", "b.B");
    assertThat(units(new ObjectMapper().readTree(fromStdin.out())))
        .containsExactlyInAnyOrder("c.C", "d.D");
  }

  @Test
  void plansFromTheHistoryWithACatchAllWhenNoUnitsAreNamed() throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);

    CliRun run = HistoryCommands.planJson(history, 2);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.get("shards").findValues("excludes")).hasSize(1);
    assertThat(plan.get("knownUnits").asInt()).isEqualTo(3);
  }

  @Test
  void aFirstBuildWithAnEmptyHistoryRunsEverythingInOneCatchAllShard() throws Exception {
    CliRun run = HistoryCommands.planJson(dir.resolve("none"), 4);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.get("shards")).hasSize(1);
    assertThat(plan.get("shards").get(0).has("excludes")).isTrue();
    assertThat(run.err()).contains("no class timings yet: shard 1 runs every test");
  }

  @Test
  void autoPicksTheFewestShardsThatMeetTheTarget() throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);

    CliRun run =
        CliRun.run(
            "plan",
            "--shards",
            "auto",
            "--target-time",
            "3s",
            "--history",
            history.toString(),
            "--format",
            "json",
            "com.example.AlphaTest",
            "com.example.BetaTest",
            "com.example.GammaTest");

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.get("predictedMakespanMillis").asLong()).isLessThanOrEqualTo(3000);
    assertThat(plan.get("shards").size()).isBetween(2, 3);
  }

  @Test
  void withoutUnitsOrHistoryItIsAUsageError() {
    CliRun run = CliRun.run("plan", "--shards", "2");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).singleElement().asString().contains("no units to plan");
  }

  @Test
  void badShardCountsAndDurationsAreUsageErrorsNamingTheValue() {
    assertThat(CliRun.run("plan", "--shards", "0", "a.A").errLines())
        .singleElement()
        .asString()
        .contains("--shards");
    CliRun duration = CliRun.run("plan", "--shards", "auto", "--target-time", "soon", "a.A");
    assertThat(duration.exitCode()).isEqualTo(2);
    assertThat(duration.err()).contains("'soon'").contains("90s, 5m, 1h");
  }

  @Test
  void anUnreadableUnitsFileNamesIt() {
    CliRun run =
        CliRun.run("plan", "--shards", "2", "--units-from", dir.resolve("nope.txt").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nope.txt").contains("no such file");
  }

  static List<String> units(JsonNode plan) {
    List<String> all = new ArrayList<>();
    for (JsonNode shard : plan.get("shards")) {
      shard.path("units").forEach(u -> all.add(u.asText()));
      shard.path("assigned").forEach(u -> all.add(u.asText()));
    }
    return all;
  }

  @Test
  void aHistoryWhoseEveryUnitWentUnreportedSaysSoAndPlansTheCatchAllAlone() throws Exception {
    String data = "src/test/resources/PlanCommandTest/every-unit-gone/";
    Path history = RecordedHistory.ofReports(dir, data + "build-1");
    Path planned =
        HistoryCommands.planFile(
            history, dir.resolve("plan.json"), 1, "a.OldTest", "a.RenamedTest");
    CliRun record =
        HistoryCommands.record(history, "2", "--plan", planned.toString(), data + "build-2");
    assertThat(record.err()).contains("1 planned unit in no report, noted in the history");

    CliRun run = HistoryCommands.planJson(history, 2);

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode plan = new ObjectMapper().readTree(run.out());
    assertThat(plan.get("shards")).hasSize(1);
    assertThat(plan.get("shards").get(0).has("excludes")).isTrue();
    assertThat(run.err())
        .contains("every unit the history knows (1 unit: a.OldTest) was planned for build 2")
        .doesNotContain("no class timings yet");
  }

  @Test
  void planningByFileAHistoryWithoutFileNamesSaysSoAndWhatToDo() throws Exception {
    Path history = RecordedHistory.ofReports(dir, NO_FILE_NAMES);

    CliRun run = HistoryCommands.plan(history, 2, "--granularity", "file");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("has timings of 1 build but no file names")
        .contains("at --granularity file, shard 1 runs every test")
        .contains("Plan at --granularity class (the default)")
        .doesNotContain("no file timings yet");
  }

  @Test
  void planningNamedFilesByAHistoryWithoutFileNamesSaysThatEveryFileIsEstimatedAlike()
      throws Exception {
    Path history = RecordedHistory.ofReports(dir, NO_FILE_NAMES);

    CliRun run =
        HistoryCommands.plan(
            history,
            2,
            "--granularity",
            "file",
            "shop/src/test/java/com/example/shop/CartTest.java",
            "shop/src/test/java/com/example/shop/PricingTest.java");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("has timings of 1 build but no file names")
        .contains("at --granularity file, every file is estimated alike");
  }

  @Test
  void planningByClassAHistoryWithoutFileNamesSaysNothingAboutFiles() throws Exception {
    Path history = RecordedHistory.ofReports(dir, NO_FILE_NAMES);

    CliRun run = HistoryCommands.plan(history, 2);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("file");
    assertThat(run.out()).contains("com.example.shop.CartTest");
  }
}
