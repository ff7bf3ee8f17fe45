package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.plan.PlanJson;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MergeCommandTest {

  private static final String SHARD_1 = "src/test/resources/LauncherIT/shard-1";
  private static final String SHARD_2 = "src/test/resources/LauncherIT/shard-2";
  private static final String FAILING = "src/test/resources/LauncherIT/shard-2-failing";
  private static final String MALFORMED = "src/test/resources/MergeCommandTest/malformed";

  @TempDir Path dir;

  @Test
  void passingShardsMergeIntoOneReportAndExit0() {
    Path out = dir.resolve("merged.xml");

    CliRun run = CliRun.run("merge", "--out", out.toString(), SHARD_1, SHARD_2);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("merged 7 tests from 2 shards").contains("result: passed");
    assertThat(out).content().contains("com.example.AlphaTest").contains("com.example.GammaTest");
  }

  @Test
  void aFailedTestExits1NamesItAndStillWritesTheReport() {
    Path out = dir.resolve("merged.xml");

    CliRun run = CliRun.run("merge", "--out", out.toString(), SHARD_1, FAILING);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("FAILED com.example.GammaTest.retries (shard 2)");
    assertThat(out).content().contains("<failure");
  }

  @Test
  void aMissingExpectedShardExits1NamingIt() {
    CliRun run =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--expect-shards",
            "3",
            SHARD_1,
            SHARD_2);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err()).contains("shard 3 of 3 is missing");
  }

  @Test
  void aPlannedClassThatNoReportMentionsExits1NamingIt() throws Exception {
    Path plan = dir.resolve("plan.json");
    PlanJson.write(
        new ShardPlan(
            Granularity.CLASS,
            List.of(
                new Shard(
                    1,
                    List.of(
                        "com.example.AlphaTest", "com.example.DeltaTest", "com.example.BetaTest"),
                    false,
                    3),
                new Shard(2, List.of("com.example.GammaTest"), false, 1)),
            3,
            3,
            4,
            0),
        plan);

    CliRun run =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--plan",
            plan.toString(),
            SHARD_1,
            SHARD_2);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .contains("error: shard 1: 1 of 3 planned units never reported: com.example.DeltaTest");
    assertThat(run.out()).contains("result: failed");
  }

  @Test
  void anUnreadableReportStillExits2WhenAPlannedUnitIsAlsoMissing() throws Exception {
    Path plan = dir.resolve("plan.json");
    PlanJson.write(
        new ShardPlan(
            Granularity.CLASS,
            List.of(new Shard(1, List.of("com.example.AlphaTest", "com.example.Gone"), false, 1)),
            1,
            1,
            2,
            0),
        plan);

    CliRun run =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--plan",
            plan.toString(),
            "1=" + SHARD_1,
            "1=" + MALFORMED);

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("com.example.Gone");
  }

  @Test
  void withoutAnExpectedShardCountItWarnsThatAMissingLastShardCannotBeSeen() {
    Path out = dir.resolve("merged.xml");

    CliRun unchecked = CliRun.run("merge", "--out", out.toString(), SHARD_1, SHARD_2);
    CliRun checked =
        CliRun.run("merge", "--out", out.toString(), "--expect-shards", "2", SHARD_1, SHARD_2);

    assertThat(unchecked.exitCode()).isZero();
    assertThat(unchecked.err()).contains("neither --expect-shards nor --plan was given");
    assertThat(checked.err()).doesNotContain("--expect-shards");
  }

  @Test
  void explicitShardNumbersPlaceReportsInTheirShard() {
    CliRun run =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--expect-shards",
            "3",
            "3=" + SHARD_2,
            "1=" + SHARD_1,
            "2=" + FAILING);

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).contains("(shard 2)");
    assertThat(run.err()).doesNotContain("missing");
  }

  @Test
  void aMalformedReportIsAnErrorThatWinsOverFailuresAndTheRestIsStillMerged() {
    Path out = dir.resolve("merged.xml");

    CliRun run = CliRun.run("merge", "--out", out.toString(), FAILING, MALFORMED);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("TEST-com.example.GammaTest.xml");
    assertThat(out).content().contains("<failure");
  }

  @Test
  void anOutputThatCannotBeWrittenIsAnError() throws Exception {
    Path blocker = Files.writeString(dir.resolve("file"), "x");

    CliRun run = CliRun.run("merge", "--out", blocker.resolve("m.xml").toString(), SHARD_1);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
  }

  @Test
  void noReportFilesAtAllIsAnError() throws Exception {
    Path empty = Files.createDirectories(dir.resolve("empty"));

    CliRun run = CliRun.run("merge", "--out", dir.resolve("m.xml").toString(), empty.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.errLines()).hasSize(1);
  }
}
