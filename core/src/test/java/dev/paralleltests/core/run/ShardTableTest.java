package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.report.RunProblem;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardTableTest {

  @TempDir Path out;

  @Test
  void shouldWriteTimesAsThePlanLogAndTheReportsDo() {
    List<ShardWork> works =
        ShardRunner.layout(out, List.of(List.of("a.ATest")), 0, List.of(185_000L));
    RunResult run =
        new RunResult(
            List.of(
                new ShardResult(
                    works.get(0),
                    ShardStatus.PASSED,
                    0,
                    185_600,
                    new TestCount(1, 0, 0, 1, 0),
                    "")),
            185_600,
            out);

    String table = ShardTable.table(run);

    // planned 185.0 s and actual 185.6 s, in the one style of the plan log and the reports
    assertThat(table).contains("3m 05s").contains("3m 06s").doesNotContain("3m05s");
  }

  @Test
  void aQueuesUnitsThatNeverRanAreSaidAsSuchNotAsUnreportedUnits() {
    List<ShardWork> works = ShardRunner.layout(out, List.of(List.of("a.ATest")), 0, List.of(1L));
    RunResult run =
        new RunResult(
            List.of(
                new ShardResult(
                    works.get(0), ShardStatus.FAILED, 137, 10, new TestCount(1, 0, 0, 1, 0), "")),
            10,
            out);
    RunProblem lostTwice =
        new RunProblem(
            RunProblem.Kind.UNITS_MISSING,
            1,
            "1 unit never ran, lost twice: shard 2 lost batch 1; shard 1 lost their second"
                + " attempt, batch 3: a.BTest",
            List.of("a.BTest"));

    String table = ShardTable.table(run, "failed", List.of(lostTwice), List.of(lostTwice));

    assertThat(table)
        .contains("1 unit never ran")
        .doesNotContain("planned unit never reported")
        .containsOnlyOnce("lost twice: shard 2 lost batch 1");
  }
}
