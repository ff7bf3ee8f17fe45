package dev.paralleltests.core.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportStyleTest {

  @ParameterizedTest
  @CsvSource({
    "maven, MAVEN",
    "Surefire, MAVEN",
    "failsafe, MAVEN",
    "gradle, GRADLE",
    "' PYTEST ', PYTEST",
    "jest, JEST",
    "playwright, PLAYWRIGHT",
    "go, GO",
    "go-junit-report, GO",
    "generic, GENERIC"
  })
  void shouldParseTheNamesUsersWrite(String text, ReportStyle style) {
    assertThat(ReportStyle.parse(text)).isEqualTo(style);
  }

  @org.junit.jupiter.api.Test
  void shouldNameTheAcceptedValuesForAnUnknownStyle() {
    assertThatThrownBy(() -> ReportStyle.parse("nunit"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown report style 'nunit'")
        .hasMessageContaining("pytest");
  }
}
