package dev.paralleltests.core.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sniffer may only ever confirm what the parser would say: every head it accepts has a {@code
 * testsuite} or {@code testsuites} root by the parser too, and every head it turns down goes to the
 * parser.
 */
class RootSnifferTest {

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuite name=\"a\">",
        "<?xml version='1.0' encoding='utf-8' standalone='yes'?><testsuites>",
        "<?xml version=\"1.1\"?>\r\n\t<testsuite/>",
        "<testsuite\n name=\"a\"></testsuite>",
        "\uFEFF<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><testsuites name=\"x\">",
        "  <testsuites>"
      })
  void acceptsPlainJUnitHeads(String head) throws Exception {
    Path file = write(head);

    assertThat(RootSniffer.isJUnitRoot(file)).isTrue();
    assertThat(ReportFiles.rootElement(file)).isIn("testsuite", "testsuites");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version=\"1.0\"?><project>",
        "<testsuitex>",
        "<testsuite",
        "<!-- a comment --><testsuite>",
        "<?xml version=\"1.0\" encoding=\"UTF-16\"?><testsuite>",
        "<?xml encoding=\"UTF-8\"?><testsuite>",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" version=\"1.0\"?><testsuite>",
        "<!DOCTYPE testsuite><testsuite>",
        "<?pi data?><testsuite>",
        "<ns:testsuite xmlns:ns=\"urn:x\">",
        "text<testsuite>",
        ""
      })
  void leavesEverythingElseToTheParser(String head) throws Exception {
    assertThat(RootSniffer.isJUnitRoot(write(head))).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
  void leavesOtherEncodingsToTheParser(String charset) throws Exception {
    Path file = dir.resolve("report.xml");
    Files.write(file, "\uFEFF<testsuite>".getBytes(charset));

    assertThat(RootSniffer.isJUnitRoot(file)).isFalse();
    assertThat(ReportFiles.rootElement(file)).isEqualTo("testsuite");
  }

  private Path write(String head) throws Exception {
    Path file = dir.resolve("report.xml");
    Files.writeString(file, head, StandardCharsets.UTF_8);
    return file;
  }
}
