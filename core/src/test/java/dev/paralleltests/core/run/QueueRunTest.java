package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.SafetyNet;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.queue.QueueSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queue mode end to end, with real processes: a shell script as the test runner. */
class QueueRunTest {

  private static final Path RUNNER =
      Path.of("src/test/resources/QueueRunTest/queue-runner.sh").toAbsolutePath();

  @TempDir Path dir;

  private static ShardPlan plan(int shards, SafetyNet net, String... units) {
    List<UnitEstimate> estimates = new ArrayList<>();
    for (String u : units) {
      estimates.add(UnitEstimate.known(u, 100, 3));
    }
    return ShardPlanner.plan(PlanRequest.of(estimates, shards).withSafetyNet(net));
  }

  private static String[] units(int count) {
    String[] units = new String[count];
    for (int i = 0; i < count; i++) {
      units[i] = String.format("t.Unit%02dTest", i);
    }
    return units;
  }

  private QueueOutcome run(ShardPlan plan, Optional<Duration> timeout, boolean failFast)
      throws RunException {
    RunConfig config =
        RunConfig.local(
            CommandTemplate.of(List.of("sh", RUNNER.toString())), dir, dir.resolve("out"));
    if (timeout.isPresent()) {
      config = config.withTimeout(timeout.get());
    }
    // Small batches, so that a dozen units make several per shard (a part this small would
    // otherwise go whole).
    QueueSettings settings =
        QueueSettings.defaults()
            .withFirstShare(0.3)
            .withMinBatchMillis(0)
            .withWholePartBelowMillis(0);
    return QueueRun.execute(plan, config, settings, failFast, Optional.empty(), "test");
  }

  private static List<String> testcases(Path junitXml) throws IOException {
    List<String> names = new ArrayList<>();
    Matcher m =
        Pattern.compile("<testcase [^>]*classname=\"([^\"]+)\"")
            .matcher(Files.readString(junitXml));
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void shouldRunEveryUnitExactlyOnceAndTheCatchAllBatchOnceLast() throws Exception {
    String[] units = units(12);
    QueueOutcome outcome = run(plan(3, SafetyNet.CATCH_ALL, units), Optional.empty(), false);

    assertThat(outcome.outputs().run().passed())
        .as(outcome.outputs().warnings().toString())
        .isTrue();
    List<String> expected = new ArrayList<>(List.of(units));
    expected.add("new.NewTest");
    assertThat(testcases(dir.resolve("out/junit.xml")))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertThat(outcome.batches()).hasSizeGreaterThan(3);
    BatchRun last = outcome.batches().get(outcome.batches().size() - 1);
    assertThat(last.batch().catchAll()).isTrue();
    assertThat(outcome.batches().stream().filter(b -> b.batch().catchAll())).hasSize(1);
  }

  @Test
  void shouldGiveEachBatchItsOwnDirectoryAndReports() throws Exception {
    QueueOutcome outcome =
        run(plan(2, SafetyNet.INCLUSIONS_ONLY, units(8)), Optional.empty(), false);

    for (BatchRun b : outcome.batches()) {
      Path batchDir = dir.resolve("out/shard-" + b.batch().shard() + "/batch-" + b.batch().id());
      assertThat(b.dir()).isEqualTo(batchDir);
      assertThat(Files.readAllLines(batchDir.resolve("units.txt"))).isEqualTo(b.batch().units());
      assertThat(Files.readString(batchDir.resolve("output.log")))
          .contains("batch " + b.batch().id() + " attempt 1");
      Path reports =
          dir.resolve("out/shard-" + b.batch().shard() + "/reports/batch-" + b.batch().id());
      try (Stream<Path> files = Files.list(reports)) {
        assertThat(files.map(p -> p.getFileName().toString()))
            .containsExactlyInAnyOrderElementsOf(
                b.batch().units().stream().map(u -> "TEST-" + u + ".xml").toList());
      }
    }
    assertThat(dir.resolve("out/queue.json")).isNotEmptyFile();
  }

  @Test
  void shouldGatherEachShardsBatchLogsInTheShardsLogThatTheTableAndReportPointTo()
      throws Exception {
    QueueOutcome outcome =
        run(plan(2, SafetyNet.INCLUSIONS_ONLY, units(8)), Optional.empty(), false);

    for (ShardResult shard : outcome.outputs().run().shards()) {
      Path log = dir.resolve("out/shard-" + shard.index() + "/output.log");
      assertThat(shard.work().logFile()).isEqualTo(log);
      String text = Files.readString(log);
      List<BatchRun> mine =
          outcome.batches().stream().filter(b -> b.batch().shard() == shard.index()).toList();
      assertThat(mine).isNotEmpty();
      for (BatchRun b : mine) {
        assertThat(text).contains(Files.readString(b.dir().resolve("output.log")));
      }
    }
  }

  @Test
  void shouldShowAShardsTimeGrowingWhileItsBatchRuns() throws Exception {
    // One batch that takes 2 s: the shard's time shown while it runs is its time so far, not the
    // moment its batch was claimed.
    List<ShardProgress> seen = new ArrayList<>();
    RunConfig config =
        RunConfig.local(
                CommandTemplate.of(
                    List.of(
                        "sh",
                        "-c",
                        "sleep 2; echo '<testsuite><testcase classname=\"a.ATest\" name=\"t\"/>"
                            + "</testsuite>' > \"$PARALLEL_TESTS_REPORTS/TEST-a.xml\"")),
                dir,
                dir.resolve("out"))
            .withProgress(
                shards -> {
                  synchronized (seen) {
                    seen.addAll(shards);
                  }
                });

    QueueOutcome outcome =
        QueueRun.execute(
            plan(1, SafetyNet.INCLUSIONS_ONLY, "a.ATest"),
            config,
            QueueSettings.defaults(),
            false,
            Optional.empty(),
            "test");

    assertThat(outcome.outputs().run().passed()).isTrue();
    assertThat(
            seen.stream()
                .filter(p -> !p.finished() && p.state().startsWith("batch"))
                .mapToLong(ShardProgress::elapsedMillis)
                .max()
                .orElse(0))
        .isGreaterThanOrEqualTo(1_000);
  }

  @Test
  void shouldSayOneUnitAndOneTestOnTheTimelineInTheSingular() throws Exception {
    run(plan(1, SafetyNet.INCLUSIONS_ONLY, "t.OneTest"), Optional.empty(), false);

    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html).contains("batch 1, 1 unit: claimed at +").contains(", 1 test, passed");
    assertThat(html).doesNotContain("1 units");
  }

  @Test
  void shouldShowTheBatchesOnTheTimelineAndTheIdleTimeAtTheEnd() throws Exception {
    QueueOutcome outcome =
        run(plan(2, SafetyNet.INCLUSIONS_ONLY, units(8)), Optional.empty(), false);

    String html = Files.readString(dir.resolve("out/report.html"));
    assertThat(html).contains("<section id=\"queue\">");
    assertThat(html.split("<rect class=\"batch\"", -1)).hasSize(outcome.batches().size() + 1);
    assertThat(outcome.idleAtEndMillis()).containsOnlyKeys(1, 2);
    assertThat(outcome.idleAtEndMillis().values()).contains(0L);
    String table = QueueTimeline.table(outcome);
    assertThat(table).contains("idle at end").contains("claimed");
    assertThat(table.lines().filter(l -> l.matches("\\d+ .*")))
        .hasSize(outcome.batches().size() + 2);
  }

  @Test
  void shouldRunADeadRunnersUnitsOnAnotherShardExactlyOnce() throws Exception {
    String[] units = units(8);
    units[3] = "t.CrashTest";
    QueueOutcome outcome = run(plan(2, SafetyNet.INCLUSIONS_ONLY, units), Optional.empty(), false);

    BatchRun lost = outcome.batches().stream().filter(BatchRun::lost).findFirst().orElseThrow();
    assertThat(lost.batch().units()).contains("t.CrashTest");
    BatchRun retry =
        outcome.batches().stream().filter(b -> b.batch().attempt() == 2).findFirst().orElseThrow();
    assertThat(retry.batch().shard()).isNotEqualTo(lost.batch().shard());
    assertThat(retry.batch().units()).containsExactlyInAnyOrderElementsOf(lost.batch().units());
    assertThat(testcases(dir.resolve("out/junit.xml"))).containsExactlyInAnyOrder(units);
    assertThat(outcome.verdict().complete()).isTrue();
    assertThat(outcome.verdict().notes()).singleElement().asString().contains("reran its");
    assertThat(outcome.outputs().run().passed()).isTrue();
    assertThat(outcome.outputs().merged().orElseThrow().summary().isGreen()).isTrue();
    assertThat(Files.exists(lost.dir().resolve("lost-reports"))).isTrue();
  }

  @Test
  void shouldReportAUnitThatTimesOutTwiceAsMissingAndNotPass() throws Exception {
    String[] units = units(4);
    units[1] = "t.HangTest";
    QueueOutcome outcome =
        run(plan(2, SafetyNet.INCLUSIONS_ONLY, units), Optional.of(Duration.ofSeconds(2)), false);

    assertThat(outcome.verdict().problems())
        .anySatisfy(p -> assertThat(p.units()).contains("t.HangTest"));
    assertThat(outcome.outputs().run().passed()).isFalse();
    assertThat(outcome.outputs().merged().orElseThrow().summary().problemMessages())
        .anyMatch(m -> m.contains("lost twice") && m.contains("t.HangTest"));
    assertThat(testcases(dir.resolve("out/junit.xml"))).doesNotContain("t.HangTest");
    assertThat(outcome.batches().stream().filter(BatchRun::lost))
        .allMatch(b -> b.status() == ShardStatus.TIMED_OUT);
  }

  @Test
  void shouldHandOutNoMoreBatchesAfterAFailureWithFailFast() throws Exception {
    String[] units = units(12);
    units[11] = "t.FailingTest"; // sorts first among equal estimates: in the first batch
    QueueOutcome outcome = run(plan(1, SafetyNet.INCLUSIONS_ONLY, units), Optional.empty(), true);

    assertThat(outcome.stopReason()).hasValueSatisfying(r -> assertThat(r).contains("--fail-fast"));
    assertThat(outcome.outputs().run().passed()).isFalse();
    assertThat(outcome.outputs().merged().orElseThrow().summary().problemMessages())
        .anyMatch(m -> m.contains("never handed out: the queue stopped"));
  }

  @Test
  void shouldRunAllBatchesOfAShardInTheShardsOneCopyOfTheProject() throws Exception {
    Path project = Files.createDirectories(dir.resolve("project"));
    Files.copy(RUNNER.resolveSibling("copy-runner.sh"), project.resolve("copy-runner.sh"));
    RunConfig config =
        RunConfig.local(
                CommandTemplate.of(List.of("sh", "copy-runner.sh")), project, dir.resolve("out"))
            .withReportsGlob("build/reports/*.xml")
            .withCopy(true);
    QueueSettings settings =
        QueueSettings.defaults()
            .withFirstShare(0.3)
            .withMinBatchMillis(0)
            .withWholePartBelowMillis(0);
    String[] units = units(12);

    QueueOutcome outcome =
        QueueRun.execute(
            plan(2, SafetyNet.INCLUSIONS_ONLY, units),
            config,
            settings,
            false,
            Optional.empty(),
            "test");

    assertThat(outcome.outputs().run().passed())
        .as(outcome.outputs().warnings().toString())
        .isTrue();
    assertThat(testcases(dir.resolve("out/junit.xml"))).containsExactlyInAnyOrder(units);
    for (int shard = 1; shard <= 2; shard++) {
      int s = shard;
      Path copy = dir.resolve("out/shard-" + shard + "/checkout").toRealPath();
      List<String> expected =
          outcome.batches().stream()
              .filter(b -> b.batch().shard() == s)
              .map(b -> "batch " + b.batch().id() + " in " + copy)
              .toList();
      assertThat(expected).hasSizeGreaterThan(1);
      assertThat(Files.readAllLines(copy.resolve("batches.log")))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(project.resolve("batches.log")).doesNotExist();
    assertThat(project.resolve("build")).doesNotExist();
  }
}
