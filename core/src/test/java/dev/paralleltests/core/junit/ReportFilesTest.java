package dev.paralleltests.core.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReportFilesTest {

  private static final Path ROOT = Path.of("src/test/resources/ReportFilesTest/reports");

  @Test
  void shouldFindReportsRecursivelyInSortedOrder() {
    ReportFiles.Found found = ReportFiles.find(ROOT);

    assertThat(found.reports())
        .extracting(p -> ROOT.relativize(p).toString().replace('\\', '/'))
        .containsExactly(
            "module-a/target/surefire-reports/TEST-a.ATest.xml",
            "module-a/target/surefire-reports/TEST-a.BTest.xml",
            "module-b/empty.XML",
            "module-b/target/failsafe-reports/TEST-b.Broken.xml",
            "module-b/target/failsafe-reports/TEST-b.CIT.xml");
  }

  @Test
  void shouldSaySkippedNonReportsAndWhy() {
    ReportFiles.Found found = ReportFiles.find(ROOT);

    assertThat(found.skipped())
        .extracting(
            s -> ROOT.relativize(s.file()).toString().replace('\\', '/') + ": " + s.reason())
        .containsExactly(
            "module-a/pom.xml: root element is <project>, not a JUnit XML report",
            "module-a/target/surefire-reports/a.ATest.txt: not an .xml file",
            "module-b/target/failsafe-reports/failsafe-summary.xml: root element is"
                + " <failsafe-summary>, not a JUnit XML report");
  }

  @Test
  void shouldKeepBrokenXmlSoThatReadingReportsIt() {
    Path broken = ROOT.resolve("module-b/target/failsafe-reports/TEST-b.Broken.xml");

    assertThat(ReportFiles.find(ROOT).reports())
        .contains(broken, ROOT.resolve("module-b/empty.XML"));
    assertThat(JUnitXmlReader.timingsOnly().read(broken, new RecordingListener()).isComplete())
        .isFalse();
  }

  @Test
  void shouldReturnAGivenFileAsItIs() {
    Path pom = ROOT.resolve("module-a/pom.xml");

    assertThat(ReportFiles.find(pom).reports()).containsExactly(pom);
    assertThat(ReportFiles.find(pom).skipped()).isEmpty();
  }

  @Test
  void shouldRefuseAMissingPath() {
    assertThatThrownBy(() -> ReportFiles.find(ROOT.resolve("nope")))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("no such report file or directory")
        .hasMessageContaining("nope");
  }
}
