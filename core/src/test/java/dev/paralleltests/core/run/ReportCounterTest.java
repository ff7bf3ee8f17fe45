package dev.paralleltests.core.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCounterTest {

  private static final Path DATA = Path.of("src/test/resources/ReportCounterTest");

  @Test
  void shouldCountCasesByOutcomeIgnoringEarlierFlakyAttempts() {
    assertThat(ReportCounter.read(DATA.resolve("mixed.xml")))
        .isEqualTo(new TestCount(5, 2, 1, 1, 0));
  }

  @Test
  void shouldCountAFileStillBeingWrittenAsUnreadable() {
    assertThat(ReportCounter.read(DATA.resolve("truncated.xml")).unreadable()).isEqualTo(1);
  }

  @Test
  void shouldNotResolveExternalEntities() {
    assertThat(ReportCounter.read(DATA.resolve("doctype.xml")).unreadable()).isEqualTo(1);
  }

  @Test
  void shouldRecountAFileOnlyWhenItChanged(@TempDir Path dir) throws Exception {
    ReportCounter counter = new ReportCounter();
    Path report = dir.resolve("sub/TEST-a.xml");
    Files.createDirectories(report.getParent());
    Files.copy(DATA.resolve("truncated.xml"), report);
    assertThat(counter.count(dir).unreadable()).isEqualTo(1);

    Files.writeString(report, Files.readString(DATA.resolve("mixed.xml")));

    assertThat(counter.count(dir).tests()).isEqualTo(5);
  }
}
