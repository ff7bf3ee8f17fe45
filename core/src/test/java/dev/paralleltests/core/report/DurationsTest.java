package dev.paralleltests.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DurationsTest {

  @ParameterizedTest
  @CsvSource({
    "0, 0ms",
    "850, 850ms",
    "1000, 1.0s",
    "12449, 12.4s",
    "59949, 59.9s",
    "59950, 1m 00s",
    "185000, 3m 05s",
    "185600, 3m 06s",
    "3599499, 59m 59s",
    "3599500, 1h 00m",
    "3720000, 1h 02m",
    "-5, 0ms"
  })
  void shouldWriteEveryDurationInOneStyle(long millis, String text) {
    assertThat(Durations.format(millis)).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource({
    "500, 500ms",
    "2500, 2.5s",
    "30000, 30s",
    "90000, 1m 30s",
    "300000, 5m",
    "7200000, 2h",
    "5400000, 1h 30m"
  })
  void shouldLeaveZeroPartsOutOfAxisTicks(long millis, String text) {
    assertThat(Durations.compact(millis)).isEqualTo(text);
  }
}
