package dev.paralleltests.core.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Real reports cut at 300 places each and with random bytes changed: the reader never throws, a cut
 * file is never read as complete, and what it delivers is always a prefix of the real cases.
 */
class JUnitXmlReaderRobustnessTest {

  private static final Path DATA = Path.of("src/test/resources/RealReportsTest");

  private static List<String> read(byte[] bytes, List<ReadResult> result) {
    List<String> names = new ArrayList<>();
    result.add(
        JUnitXmlReader.full()
            .read(
                new ByteArrayInputStream(bytes),
                Path.of("cut.xml"),
                testCase -> names.add(testCase.className() + "#" + testCase.name())));
    return names;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "maven/mod-a/target/surefire-reports/TEST-com.example.calc.CalculatorTest.xml",
        "pytest/xunit2.xml",
        "jest/with-file.xml",
        "playwright/results.xml",
        "go/report.xml"
      })
  void shouldDeliverAPrefixOfTheCasesAndAFatalProblemForEveryTruncation(String report)
      throws Exception {
    byte[] whole = Files.readAllBytes(DATA.resolve(report));
    List<String> all = read(whole, new ArrayList<>());
    int lastTag = new String(whole, "UTF-8").stripTrailing().length();

    int step = Math.max(1, lastTag / 300);
    for (int cut = 0; cut < lastTag; cut += step) {
      byte[] part = java.util.Arrays.copyOf(whole, cut);
      List<ReadResult> results = new ArrayList<>();

      List<String> names = read(part, results);

      assertThat(results.get(0).isComplete()).as("cut at %d", cut).isFalse();
      assertThat(all.subList(0, names.size())).as("cut at %d", cut).isEqualTo(names);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "maven/mod-a/target/surefire-reports/TEST-com.example.calc.CalculatorTest.xml",
        "playwright/results.xml"
      })
  void shouldNeverThrowOnRandomlyCorruptedBytes(String report) throws Exception {
    byte[] whole = Files.readAllBytes(DATA.resolve(report));
    Random random = new Random(20261126L);

    for (int round = 0; round < 200; round++) {
      byte[] corrupt = whole.clone();
      for (int flips = 1 + random.nextInt(4); flips > 0; flips--) {
        corrupt[random.nextInt(corrupt.length)] = (byte) random.nextInt(256);
      }
      List<ReadResult> results = new ArrayList<>();

      read(corrupt, results);

      assertThat(results.get(0).problems()).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }
  }
}
