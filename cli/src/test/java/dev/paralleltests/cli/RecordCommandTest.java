package dev.paralleltests.cli;

import static dev.paralleltests.cli.ShardReports.SHARD_1;
import static dev.paralleltests.cli.ShardReports.SHARD_2;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordCommandTest {

  private static final String MALFORMED = "src/test/resources/MergeCommandTest/malformed";

  @TempDir Path dir;

  @Test
  void recordsABuildsTimingsSoThatPlansUseThem() {
    Path history = dir.resolve("history");

    CliRun run = HistoryCommands.record(history, "41", SHARD_1, SHARD_2);
    CliRun plan = HistoryCommands.plan(history, 2);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("recorded build 41").contains("7 tests from 3 reports");
    assertThat(plan.out()).contains("3 units known, 0 estimated");
  }

  @Test
  void recordingAnIdAgainReplacesThatBuild() throws Exception {
    Path history = dir.resolve("history");

    HistoryCommands.record(history, "refs/pull/1/merge", SHARD_1);
    CliRun again = HistoryCommands.record(history, "refs/pull/1/merge", SHARD_2);

    assertThat(again.exitCode()).isZero();
    try (Stream<Path> files = Files.list(history)) {
      assertThat(files.filter(f -> !f.getFileName().toString().startsWith("."))).hasSize(1);
    }
    assertThat(HistoryCommands.plan(history, 2).out())
        .contains("1 unit")
        .contains("GammaTest")
        .doesNotContain("AlphaTest");
  }

  @Test
  void aMalformedReportIsNamedAndNothingIsRecorded() throws Exception {
    Path history = dir.resolve("history");

    CliRun run = HistoryCommands.record(history, "9", SHARD_1, MALFORMED);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("TEST-com.example.GammaTest.xml").contains("nothing recorded");
    assertThat(HistoryCommands.plan(history, 2).out()).doesNotContain("AlphaTest");
  }

  @Test
  void aFileThatIsNotAReportAddsNoEmptyBuild() throws Exception {
    Path history = dir.resolve("history");
    Path pom =
        Files.writeString(
            dir.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion></project>");

    CliRun run = HistoryCommands.record(history, "9", pom.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    if (Files.exists(history)) {
      try (Stream<Path> files = Files.list(history)) {
        assertThat(files.map(f -> f.getFileName().toString())).allMatch(n -> n.startsWith("."));
      }
    }
  }

  @Test
  void aReportWithoutFileNamesIsRecordedUnderNoMadeUpPathAndWarnsOnceHowToFixIt() throws Exception {
    // Written by Node's built-in test runner (core's scripts/fixtures/generate.sh node).
    Path report = Path.of("../core/src/test/resources/RealReportsTest/node/junit.xml");
    Path history = dir.resolve("history");

    CliRun run = HistoryCommands.record(history, "1", report.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().split("name no file", -1)).as(run.err()).hasSize(2);
    assertThat(run.err())
        .contains("4 of 4 test cases name no file")
        .contains("Node's junit reporter");
    try (Stream<Path> files = Files.walk(history)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        assertThat(Files.readString(f)).doesNotContain("src/test/java").doesNotContain(".java");
      }
    }
  }

  /**
   * jest-junit without addFileAttribute, and mocha-junit-reporter for a test outside any
   * describe(), name no file for some cases: one warning, naming the setting that fixes it.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "jest/default.xml | 4 of 4 test cases name no file | addFileAttribute: \"true\"",
        "mocha/junit-reporter.xml | 1 of 4 test cases name no file | --reporter xunit"
      })
  void aReporterThatNamesNoFileIsNamedWithTheSettingThatFixesIt(
      String report, String count, String fix) throws Exception {
    Path file = Path.of("../core/src/test/resources/RealReportsTest").resolve(report);

    CliRun run = HistoryCommands.record(dir.resolve("history"), "1", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err().split("name no file", -1)).as(run.err()).hasSize(2);
    assertThat(run.err()).contains(count).contains(fix);
  }

  @Test
  void aMissingReportPathIsAnErrorNamingIt() {
    CliRun run =
        HistoryCommands.record(dir.resolve("history"), "1", dir.resolve("nowhere").toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("nowhere");
  }

  @Test
  void withThePlanItNotesPlannedUnitsThatNoReportMentionsAndTheNextPlanLeavesThemToTheCatchAll()
      throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);
    Path plan = HistoryCommands.planFile(history, dir.resolve("plan.json"), 2);

    // GammaTest was deleted: build 2 ran only shard 1's reports' classes.
    CliRun record = HistoryCommands.record(history, "2", "--plan", plan.toString(), SHARD_1);
    CliRun next = HistoryCommands.planJson(history, 2);

    assertThat(record.exitCode()).as(record.err()).isZero();
    assertThat(record.err())
        .contains("1 planned unit in no report, noted in the history")
        .contains("the next plan leaves it to the catch-all shard");
    assertThat(next.exitCode()).as(next.err()).isZero();
    assertThat(next.err())
        .contains("1 unit planned for build 2 never reported (com.example.GammaTest;")
        .contains("left to the catch-all shard");
    assertThat(next.out()).contains("com.example.AlphaTest").doesNotContain("GammaTest");
  }

  @Test
  void withoutThePlanNothingIsNotedAndTheNextPlanListsEveryKnownUnit() throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);

    HistoryCommands.record(history, "2", SHARD_1);
    CliRun next = HistoryCommands.planJson(history, 2);

    assertThat(next.err()).doesNotContain("never reported");
    assertThat(next.out()).contains("com.example.GammaTest");
  }

  @Test
  void aPlanThatCannotBeReadIsAUsageErrorAndNothingIsRecorded() throws Exception {
    Path history = dir.resolve("history");

    CliRun run =
        HistoryCommands.record(
            history, "2", "--plan", dir.resolve("nope.json").toString(), SHARD_1);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("cannot read --plan").contains("nope.json: no such file");
    assertThat(history).doesNotExist();
  }

  @Test
  void classNamedReportsWithoutFileNamesAreRecordedWithoutAWarningThatMattersOnlyToFilePlans() {
    // Surefire's reports copied out of target/surefire-reports, recorded where no source is: the
    // classes are the units of a class plan, which loses nothing; a file plan says so itself.
    CliRun run =
        HistoryCommands.record(
            dir.resolve("history"), "1", "src/test/resources/RecordCommandTest/class-names");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).doesNotContain("name no file");
  }

  @Test
  void aBuildInWhichSomeCasesNameTheirFileAndOthersDoNotIsWarnedAbout() {
    CliRun run =
        HistoryCommands.record(
            dir.resolve("history"), "1", "src/test/resources/RecordCommandTest/some-file-names");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).contains("1 of 2 test cases name no file");
  }

  @Test
  void aUnitThePlanLeftToTheCatchAllAsMissingStaysNotedWhileNoReportMentionsIt() throws Exception {
    Path history = RecordedHistory.ofReports(dir, SHARD_1, SHARD_2);
    // GammaTest was deleted: build 2 notes it missing, build 3's plan leaves it to the catch-all.
    recordWithTheHistorysPlan(history, "2");

    recordWithTheHistorysPlan(history, "3");
    CliRun next = HistoryCommands.planJson(history, 2);

    assertThat(next.err())
        .contains("1 unit planned for build 3 never reported (com.example.GammaTest;")
        .contains("left to the catch-all shard");
    assertThat(next.out()).doesNotContain("GammaTest");
  }

  /** Plans from the history, then records build {@code id} of shard 1's reports with that plan. */
  private void recordWithTheHistorysPlan(Path history, String id) throws Exception {
    Path plan = HistoryCommands.planFile(history, dir.resolve("plan-" + id + ".json"), 2);
    CliRun record = HistoryCommands.record(history, id, "--plan", plan.toString(), SHARD_1);
    assertThat(record.exitCode()).as(record.err()).isZero();
  }
}
