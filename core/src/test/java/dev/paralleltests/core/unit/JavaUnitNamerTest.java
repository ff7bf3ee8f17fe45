package dev.paralleltests.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportLocation;
import dev.paralleltests.core.junit.ReportedCase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JavaUnitNamerTest {

  @TempDir Path repo;

  private static ReportedCase reported(Path report, String className, String name, String file) {
    return new ReportedCase(
        ReportLocation.of(report, 3),
        List.of(className),
        className,
        name,
        file,
        OptionalLong.of(5),
        Outcome.PASSED,
        List.of(),
        "",
        "",
        Map.of());
  }

  @Test
  void shouldFoldNestedClassesIntoTheTopLevelClass() {
    UnitNamer namer = UnitNamer.of(ReportStyle.MAVEN, repo);
    Path report = repo.resolve("target/surefire-reports/TEST-a.OuterTest.xml");

    assertThat(
            namer.unitName(
                reported(report, "a.OuterTest$Inner$Deeper", "m", ""), Granularity.CLASS))
        .isEqualTo("a.OuterTest");
  }

  @Test
  void shouldNameTestsClassHashMethodWithParametersAsReported() {
    UnitNamer namer = UnitNamer.of(ReportStyle.MAVEN, repo);
    Path report = repo.resolve("target/surefire-reports/TEST-a.OuterTest.xml");

    assertThat(
            namer.unitName(
                reported(report, "a.OuterTest$Inner", "adds(int, int)[2]", ""), Granularity.TEST))
        .isEqualTo("a.OuterTest$Inner#adds(int, int)[2]");
  }

  @Test
  void shouldMapAModulesReportToItsSourceFileRelativeToTheRoot() {
    UnitNamer namer = UnitNamer.of(ReportStyle.MAVEN, repo);
    Path report = repo.resolve("services/billing/target/failsafe-reports/TEST-a.b.InvoiceIT.xml");

    assertThat(namer.unitName(reported(report, "a.b.InvoiceIT$Nested", "m", ""), Granularity.FILE))
        .isEqualTo("services/billing/src/test/java/a/b/InvoiceIT.java");
  }

  @Test
  void shouldPreferASourceFileThatExistsInAnotherLanguage() throws Exception {
    Files.createDirectories(repo.resolve("mod/src/test/kotlin/a"));
    Files.writeString(repo.resolve("mod/src/test/kotlin/a/SpecTest.kt"), "class SpecTest");
    UnitNamer namer = UnitNamer.of(ReportStyle.MAVEN, repo);
    Path report = repo.resolve("mod/target/surefire-reports/TEST-a.SpecTest.xml");

    assertThat(namer.unitName(reported(report, "a.SpecTest", "m", ""), Granularity.FILE))
        .isEqualTo("mod/src/test/kotlin/a/SpecTest.kt");
  }

  @Test
  void shouldFindTheModuleOfAReportCopiedOutsideTheRepository(@TempDir Path downloads)
      throws Exception {
    Files.createDirectories(repo.resolve("mod-a/src/test/java/a"));
    Files.writeString(repo.resolve("mod-a/src/test/java/a/XTest.java"), "class XTest {}");
    UnitNamer namer = UnitNamer.of(ReportStyle.MAVEN, repo);
    Path report = downloads.resolve("shard-2/mod-a/target/surefire-reports/TEST-a.XTest.xml");

    assertThat(namer.unitName(reported(report, "a.XTest", "m", ""), Granularity.FILE))
        .isEqualTo("mod-a/src/test/java/a/XTest.java");
  }

  @Test
  void shouldUseGradlesTaskNameAsTheSourceSet() {
    UnitNamer namer = UnitNamer.of(ReportStyle.GRADLE, repo);
    Path report = repo.resolve("lib/build/test-results/integrationTest/TEST-a.StoreIT.xml");

    assertThat(namer.unitName(reported(report, "a.StoreIT", "saves()", ""), Granularity.FILE))
        .isEqualTo("lib/src/integrationTest/java/a/StoreIT.java");
  }

  @Test
  void shouldFallBackToTheSuiteNameWhenTheClassIsMissing() {
    UnitNamer namer = UnitNamer.of(ReportStyle.GENERIC, repo);
    ReportedCase noClass =
        new ReportedCase(
            ReportLocation.of(repo.resolve("r.xml"), 1),
            List.of("com.x.SuiteTest"),
            "",
            "m",
            "",
            OptionalLong.empty(),
            Outcome.PASSED,
            List.of(),
            "",
            "",
            Map.of());

    assertThat(namer.unitName(noClass, Granularity.CLASS)).isEqualTo("com.x.SuiteTest");
  }

  @Test
  void shouldUseTheFileAttributeWhenAReportHasOne() {
    UnitNamer namer = UnitNamer.of(ReportStyle.GENERIC, repo);
    Path report = repo.resolve("reports/r.xml");

    assertThat(
            namer.unitName(reported(report, "a.B", "m", ".\\src\\test\\B.java"), Granularity.FILE))
        .isEqualTo("src/test/B.java");
  }
}
