package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

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
}
