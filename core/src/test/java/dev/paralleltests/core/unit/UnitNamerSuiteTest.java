package dev.paralleltests.core.unit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.junit.ReportLocation;
import dev.paralleltests.core.junit.ReportedSuite;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UnitNamerSuiteTest {

  private final Path root = Path.of("/repo");
  private final UnitNamer namer = UnitNamer.of(ReportStyle.MAVEN, root);
  private final Path report = root.resolve("mod/target/surefire-reports/TEST-a.XTest.xml");

  private ReportedSuite suite(Set<String> classNames) {
    return new ReportedSuite(
        ReportLocation.of(report, 2),
        List.of("a.XTest"),
        OptionalLong.of(1200),
        "",
        3,
        classNames,
        "",
        "");
  }

  @Test
  void shouldNameASuiteThatCoversOneClass() {
    assertThat(namer.unitName(suite(Set.of("a.XTest$Inner")), Granularity.CLASS))
        .hasValue("a.XTest");
    assertThat(namer.unitName(suite(Set.of("a.XTest")), Granularity.FILE))
        .hasValue("mod/src/test/java/a/XTest.java");
  }

  @Test
  void shouldNotNameASuiteOfSeveralClassesOrAtTestGranularity() {
    assertThat(namer.unitName(suite(Set.of("a.XTest", "a.YTest")), Granularity.CLASS)).isEmpty();
    assertThat(namer.unitName(suite(Set.of("a.XTest")), Granularity.TEST)).isEmpty();
  }
}
