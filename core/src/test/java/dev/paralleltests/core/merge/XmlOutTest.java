package dev.paralleltests.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class XmlOutTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final XmlOut xml = new XmlOut(bytes);

  @Test
  void attributesEscapeMarkupQuotesAndLineBreaks() throws Exception {
    xml.start("a").attr("v", "<&>\"x\"\n\r\t'").end("a", false).finish();

    assertThat(written()).isEqualTo("<a v=\"&lt;&amp;&gt;&quot;x&quot;&#10;&#13;&#9;'\"/>\n");
  }

  @Test
  void textKeepsQuotesLineBreaksAndTabsButNotCarriageReturns() throws Exception {
    xml.start("a").text("<&>\"x\"\n\r\t'").end("a", true).finish();

    assertThat(written()).isEqualTo("<a>&lt;&amp;&gt;\"x\"\n&#13;\t'</a>\n");
  }

  @Test
  void charactersXmlCannotHoldBecomeReplacementCharacters() throws Exception {
    xml.start("a").text("\u0000\u0007\u001f\uFFFE\uFFFF\uD800x\uDC00").end("a", true).finish();

    assertThat(written()).isEqualTo("<a>\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFDx\uFFFD</a>\n");
  }

  @Test
  void everyPlaneIsWrittenAsUtf8() throws Exception {
    String text = "é ß € \u4E2D \uD83D\uDE00 \u00A0\u0080\u07FF\u0800\uFFFD";
    xml.start("a").attr("v", text).text(text).end("a", true).finish();

    assertThat(written()).isEqualTo("<a v=\"" + text + "\">" + text + "</a>\n");
  }

  @Test
  void longTextsAndSurrogatePairsAtEveryChunkBoundaryComeThroughWhole() throws Exception {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      text.append(i % 997 == 0 ? "\uD83D\uDE00" : i % 5 == 0 ? "&" : "a");
      text.append(i % 4096 == 4094 ? "\uD83D\uDE01" : "");
    }
    xml.start("a").text(text.toString()).end("a", true).finish();

    assertThat(written()).isEqualTo("<a>" + text.toString().replace("&", "&amp;") + "</a>\n");
  }

  @Test
  void nestedElementsAreIndentedAndNumbersAndSecondsWrittenAsDigits() throws Exception {
    xml.declaration();
    xml.start("r").attr("n", -42L).seconds("t", 1_234_567L).seconds("z", 5L);
    xml.start("c").seconds("neg", -5L).end("c", false);
    xml.textElement("out", "x").textElement("none", "");
    xml.end("r", false).finish();

    assertThat(written())
        .isEqualTo(
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<r n=\"-42\" t=\"1234.567\" z=\"0.005\">\n"
                + "  <c neg=\"-0.005\"/>\n"
                + "  <out>x</out>\n"
                + "</r>\n");
  }

  @Test
  void aWriterInsideOpenElementsContinuesTheirIndentation() throws Exception {
    XmlOut outer = new XmlOut(bytes);
    outer.start("r").attr("a", 1);
    outer.beforeDirectContent();
    XmlOut inner = new XmlOut(bytes, 1);
    inner.start("s").end("s", false);
    inner.flush();
    outer.end("r", false);
    outer.finish();

    assertThat(written()).isEqualTo("<r a=\"1\">\n  <s/>\n</r>\n");
  }

  private String written() throws Exception {
    xml.flush();
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
