package dev.paralleltests.core.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ReportDurationsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "1.5; 1500",
        "0; 0",
        "0.0004; 0",
        "0.0005; 1",
        "2e-3; 2",
        "1E2; 100000",
        "' 3.25 '; 3250",
        "1,234.5; 1234500",
        "1.234,5; 1234500",
        "12,345,678; 12345678000",
        "1,234; 1234000",
        "1,5; 1500",
        "+2; 2000",
        ".5; 500"
      })
  void shouldReadSecondsAsMillis(String seconds, long millis) {
    assertThat(ReportDurations.toMillis(seconds)).isEqualTo(OptionalLong.of(millis));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "-1",
        "-0.5",
        "NaN",
        "Infinity",
        "0x1p3",
        "1d",
        "fast",
        "1,2,3",
        "1e",
        "."
      })
  void shouldTreatUnusableTimesAsUnknown(String seconds) {
    assertThat(ReportDurations.toMillis(seconds)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e13", "99999999999999999999"})
  void shouldTreatAbsurdTimesAsUnknown(String seconds) {
    assertThat(ReportDurations.toMillis(seconds)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {"''; time is empty", "-1; time '-1' is negative", "NaN; time 'NaN' is not a number"})
  void shouldSayWhyATimeIsUnusable(String seconds, String why) {
    assertThat(ReportDurations.whyUnusable(seconds)).startsWith(why);
  }

  @Test
  void plainTimesReadWithoutADoubleGiveWhatParsingOneGives() {
    Random random = new Random(14);
    for (int i = 0; i < 200_000; i++) {
      String whole = Long.toString((long) (Math.pow(10, random.nextInt(10)) * random.nextDouble()));
      String seconds =
          switch (random.nextInt(5)) {
            case 0 -> whole;
            case 1 -> whole + ".";
            default ->
                whole
                    + "."
                    + Integer.toString(1000 + random.nextInt(1000))
                        .substring(1, 1 + random.nextInt(4));
          };
      long general = Math.round(Double.parseDouble(seconds) * 1000.0);

      assertThat(ReportDurations.plainMillis(seconds)).as(seconds).isEqualTo(general);
      assertThat(ReportDurations.toMillis(seconds)).as(seconds).hasValue(general);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.2345", "1234567890", "+1", ".5", "1e3", "1,5", " 1", "1 ", "", "-1"})
  void otherSpellingsAreLeftToTheGeneralPath(String seconds) {
    assertThat(ReportDurations.plainMillis(seconds)).isEqualTo(-1);
  }
}
