package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;

/** A wrapping column breaks lines at spaces only, where picocli's own also breaks after a dot. */
class WholeWordTableTest {

  private static final ColorScheme PLAIN = Help.defaultColorScheme(Ansi.OFF);

  @Test
  void picocliItselfBreaksAfterTheDotInsideAFileName() {
    TextTable picocli = TextTable.forColumnWidths(PLAIN, 16);

    picocli.addRowValues("logs and junit.xml files");

    assertThat(lines(picocli)).containsExactly("logs and junit.", "  xml files");
  }

  @Test
  void aWrappedLineBreaksOnlyAtASpace() {
    TextTable table = WholeWordTable.ofWidths(PLAIN, true, 16);

    table.addRowValues("logs and junit.xml files");

    assertThat(lines(table)).containsExactly("logs and", "  junit.xml", "  files");
  }

  @Test
  void aWordThatFillsTheLineExactlyStaysOnIt() {
    TextTable table = WholeWordTable.ofWidths(PLAIN, true, 10);

    table.addRowValues("abcd efghi jklmnopq");

    assertThat(lines(table)).containsExactly("abcd efghi", "  jklmnopq");
  }

  @Test
  void continuationLinesIndentUnderTheColumnsText() {
    TextTable table =
        WholeWordTable.of(
            PLAIN, true, new Column(6, 2, Overflow.SPAN), new Column(20, 1, Overflow.WRAP));

    table.addRowValues("-x", "the working and output directories");

    assertThat(lines(table))
        .containsExactly("  -x   the working and", "         output", "         directories");
  }

  @Test
  void joinedLinesWrapWithoutIndentAndApplyLineBreaks() {
    String joined =
        WholeWordTable.join(
                PLAIN, 20, true, new String[] {"one two three four five%nsix"}, new StringBuilder())
            .toString();

    assertThat(joined.split("\\R")).containsExactly("one two three four", "five", "six");
  }

  @Test
  void onlyAWordLongerThanAWholeLineIsCutIntoLinesItFills() {
    TextTable table = WholeWordTable.ofWidths(PLAIN, true, 10);

    table.addRowValues("a abcdefghijklmn b");

    assertThat(lines(table)).containsExactly("a", "  abcdefgh", "  ijklmn", "  b");
  }

  private static List<String> lines(TextTable table) {
    return List.of(table.toString().split("\\R"));
  }
}
