package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine.TypeConversionException;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({"90s, 90", "5m, 300", "1h, 3600", "300, 300", "0, 0", "2H, 7200", " 7m , 420"})
  void shouldReadEveryDocumentedForm(String text, long seconds) {
    assertThat(Durations.parse(text)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-5s", "1.5m", "5 m", "5d", "PT5M", "m", "1h30m", "9999999999"})
  void shouldRejectAnythingElseNamingTheTextAndTheForms(String text) {
    assertThatThrownBy(() -> Durations.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("invalid duration '" + text + "': expected 90s, 5m, 1h or a number of seconds");
  }

  @ParameterizedTest
  @CsvSource({"90, 90s", "300, 5m", "3600, 1h", "0, 0s", "3660, 61m"})
  void shouldFormatWhatItParses(long seconds, String text) {
    assertThat(Durations.format(Duration.ofSeconds(seconds))).isEqualTo(text);
    assertThat(Durations.parse(text)).isEqualTo(Duration.ofSeconds(seconds));
  }

  @org.junit.jupiter.api.Test
  void converterReportsTheReasonToPicocli() {
    assertThatThrownBy(() -> new Durations.Converter().convert("soon"))
        .isInstanceOf(TypeConversionException.class)
        .hasMessageContaining("'soon'");
  }
}
