package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code merge} and {@code report} refusing what would lose data or pass falsely. */
class MergeCommandEdgesTest {

  private static final Path SHARD_1 = Path.of("src/test/resources/LauncherIT/shard-1");
  private static final Path SHARD_2 = Path.of("src/test/resources/LauncherIT/shard-2");

  @TempDir Path dir;

  private Path copy(Path shard, String name) throws Exception {
    Path target = Files.createDirectories(dir.resolve(name));
    try (var files = Files.list(shard)) {
      for (Path f : files.toList()) {
        Files.copy(f, target.resolve(f.getFileName()));
      }
    }
    return target;
  }

  @Test
  void anOutputThatIsOneOfTheInputsIsRefusedAndTheInputIsUntouched() throws Exception {
    Path s1 = copy(SHARD_1, "shard-1");
    Path s2 = copy(SHARD_2, "shard-2");
    Path input = s1.resolve("TEST-com.example.AlphaTest.xml");
    String before = Files.readString(input);

    CliRun run = CliRun.run("merge", "--out", input.toString(), s1.toString(), s2.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("shard 1").contains("nothing was written");
    assertThat(input).hasContent(before);
  }

  @Test
  void anOutputInsideAnInputDirectoryIsRefused() throws Exception {
    Path s1 = copy(SHARD_1, "shard-1");
    Path s2 = copy(SHARD_2, "shard-2");

    CliRun run =
        CliRun.run(
            "merge", "--out", s2.resolve("merged.xml").toString(), s1.toString(), s2.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("lies inside shard 2");
    assertThat(s2.resolve("merged.xml")).doesNotExist();
  }

  @Test
  void aPlanWithFewerShardsThanTheRunIsRefused() throws Exception {
    Path plan = dir.resolve("plan.json");
    CliRun planned = CliRun.run("plan", "--shards", "1", "--format", "json", "x.OtherTest");
    Files.writeString(plan, planned.out());

    CliRun run =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--plan",
            plan.toString(),
            SHARD_1.toString(),
            SHARD_2.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("has 1 shard but reports were given for shard 2");
    assertThat(dir.resolve("m.xml")).doesNotExist();
  }

  @Test
  void aPlanWhoseShardCountDiffersFromExpectShardsIsRefused() throws Exception {
    Path plan = dir.resolve("plan.json");
    Files.writeString(
        plan, CliRun.run("plan", "--shards", "3", "--format", "json", "a.A", "b.B", "c.C").out());

    CliRun run =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--plan",
            plan.toString(),
            "--expect-shards",
            "2",
            SHARD_1.toString(),
            SHARD_2.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("has 3 shards but --expect-shards is 2");
  }

  @Test
  void aTruncatedPlanIsNamedWithoutTheParsersInternals() throws Exception {
    Path plan = dir.resolve("plan.json");
    String json = CliRun.run("plan", "--shards", "2", "--format", "json", "a.A", "b.B").out();
    Files.writeString(plan, json.substring(0, json.length() / 2));

    CliRun run =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--plan",
            plan.toString(),
            SHARD_1.toString(),
            SHARD_2.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("plan.json")
        .contains("truncated")
        .doesNotContain("StreamReadFeature")
        .doesNotContain("Source:");
  }

  @Test
  void theSameShardNumberGivenTwiceIsSaid() {
    CliRun run =
        CliRun.run(
            "merge", "--out", dir.resolve("m.xml").toString(), "1=" + SHARD_1, "1=" + SHARD_2);

    assertThat(run.err()).contains("shard 1 is given 2 times");
  }

  @Test
  void manyMissingShardsAreSummedUpNotListedOneALine() {
    CliRun run =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--expect-shards",
            "100000",
            SHARD_1.toString());

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.errLines()).hasSizeLessThan(30);
    assertThat(run.err()).contains("more like these");
  }

  @Test
  void aSuiteThatRanTwiceSaysHowManyTestsRanTwiceNotOneMoreLikeThese() throws Exception {
    // What a runner that ignores its selection gives: every test in both shards. The 20 named
    // duplicates and the line counting the rest fit on standard error as they are.
    StringBuilder cases = new StringBuilder();
    for (int i = 0; i < 25; i++) {
      cases.append("<testcase classname=\"a.SameTest\" name=\"t").append(i).append("\"/>");
    }
    String report = "<testsuite name=\"a.SameTest\" tests=\"25\">" + cases + "</testsuite>";
    for (int shard = 1; shard <= 2; shard++) {
      Files.createDirectories(dir.resolve("s" + shard));
      Files.writeString(dir.resolve("s" + shard + "/TEST-a.SameTest.xml"), report);
    }

    CliRun run =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--expect-shards",
            "2",
            dir.resolve("s1").toString(),
            dir.resolve("s2").toString());

    assertThat(run.err())
        .contains("warning: 5 more tests ran in more than one shard (not listed)")
        .doesNotContain("like these");
  }

  @Test
  void oneShardAndOneReportFileAreSingular() throws Exception {
    Path single = dir.resolve("single.xml");
    Files.copy(SHARD_1.resolve("TEST-com.example.AlphaTest.xml"), single);

    CliRun run = CliRun.run("merge", "--out", dir.resolve("m.xml").toString(), single.toString());

    assertThat(run.out()).contains("from 1 shard (1 report file)");
  }

  @Test
  void reportAndMergeUseTheSameWordForAMissingShard() {
    CliRun merge =
        CliRun.run(
            "merge",
            "--out",
            dir.resolve("m.xml").toString(),
            "--expect-shards",
            "2",
            SHARD_1.toString());
    CliRun report =
        CliRun.run(
            "report",
            "--format",
            "markdown",
            "--out",
            dir.resolve("r.md").toString(),
            "--expect-shards",
            "2",
            SHARD_1.toString());

    assertThat(merge.exitCode()).isEqualTo(1);
    assertThat(report.exitCode()).isEqualTo(1);
    assertThat(merge.out()).contains("result: failed");
    assertThat(report.out()).contains(": failed").doesNotContain(": error");
  }
}
