package dev.paralleltests.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.ColorScheme;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;

/**
 * A picocli text table whose wrapping columns break lines only at spaces. picocli's own table
 * breaks where {@link java.text.BreakIterator#getLineInstance()} allows, which is also after a full
 * stop, comma, colon, question or exclamation mark and closing bracket, and before an opening one:
 * {@code junit.xml} came out as {@code junit.} and {@code xml} on two lines. Here every word (a run
 * of characters other than spaces) stays whole, and a line that wraps continues under its column's
 * text, indented as picocli indents it. A word longer than a whole line of its column is still cut,
 * as picocli cuts it, since nothing else fits there; WholeWordHelpTest fails for such a word in our
 * help.
 */
final class WholeWordTable extends TextTable {
  private final ColorScheme colors;

  private WholeWordTable(ColorScheme colors, Column... columns) {
    super(colors, columns);
    this.colors = colors;
  }

  /** As {@link TextTable#forColumns}: these columns, laid out in this order. */
  static WholeWordTable of(ColorScheme colors, boolean cjk, Column... columns) {
    WholeWordTable table = new WholeWordTable(colors, columns);
    table.setAdjustLineBreaksForWideCJKCharacters(cjk);
    return table;
  }

  /** As {@link TextTable#forColumnWidths}: all columns span into the next, the last one wraps. */
  static WholeWordTable ofWidths(ColorScheme colors, boolean cjk, int... widths) {
    Column[] columns = new Column[widths.length];
    for (int i = 0; i < widths.length; i++) {
      columns[i] = new Column(widths[i], 0, i == widths.length - 1 ? Overflow.WRAP : Overflow.SPAN);
    }
    return of(colors, cjk, columns);
  }

  /** As {@link TextTable#forDefaultColumns}: an option list's five columns. */
  static WholeWordTable ofOptions(ColorScheme colors, boolean cjk, int longOptions, int width) {
    return of(
        colors,
        cjk,
        new Column(2, 0, Overflow.TRUNCATE), // "*" (a required option's mark)
        new Column(2, 0, Overflow.SPAN), // "-c"
        new Column(1, 0, Overflow.TRUNCATE), // ","
        new Column(longOptions, 1, Overflow.SPAN), // " --create"
        new Column(width - 5 - longOptions, 1, Overflow.WRAP)); // " Creates a ..."
  }

  /**
   * As {@link picocli.CommandLine.Help#join}: each line (a format, given {@code params}) wrapped to
   * {@code width}, appended to {@code out}.
   */
  static StringBuilder join(
      ColorScheme colors,
      int width,
      boolean cjk,
      String[] lines,
      StringBuilder out,
      Object... params) {
    if (lines == null) {
      return out;
    }
    WholeWordTable table = ofWidths(colors, cjk, width);
    table.indentWrappedLines = 0;
    for (String line : lines) {
      table.addRowValues(format(line, params));
    }
    return table.toString(out);
  }

  /**
   * A line of help text with its {@code %n} and other format specifiers applied, as picocli does.
   */
  static String format(String line, Object... params) {
    if (line == null) {
      return "";
    }
    try {
      return String.format(line, params);
    } catch (java.util.IllegalFormatException e) {
      return line; // as picocli: shown as written rather than not at all
    }
  }

  @Override
  public Cell putValue(int row, int col, Text value) {
    Column column = columns()[col];
    if (column.overflow != Overflow.WRAP || value == null) {
      return super.putValue(row, col, value);
    }
    int firstRoom = column.width - column.indent;
    int wrappedRoom = firstRoom - indentWrappedLines;
    Text indent = colors.text(" ".repeat(Math.max(0, indentWrappedLines)));
    Cell last = new Cell(col, row);
    List<int[]> lines = lines(value, firstRoom, wrappedRoom);
    for (int i = 0; i < lines.size(); i++) {
      Text line = value.substring(lines.get(i)[0], lines.get(i)[1]);
      if (i > 0) {
        addEmptyRow();
        line = indent.concat(line);
      }
      // The line fits its room, so picocli writes it as it is, breaking nothing.
      last = super.putValue(rowCount() - 1, col, line);
    }
    return last;
  }

  /**
   * Where {@code value} breaks into lines: as many whole words as fit each line's room, the first
   * line with the value's leading spaces, the others starting at a word; a word longer than a whole
   * line cut into pieces that fill one each. Start and end indexes.
   */
  private List<int[]> lines(Text value, int firstRoom, int wrappedRoom) {
    String plain = value.plainString();
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    int end = -1; // the end of the line's last word; -1 before the line has one
    int i = 0;
    while (i < plain.length()) {
      int wordStart = i;
      while (wordStart < plain.length() && plain.charAt(wordStart) == ' ') {
        wordStart++;
      }
      if (wordStart == plain.length()) {
        break;
      }
      int wordEnd = plain.indexOf(' ', wordStart);
      wordEnd = wordEnd < 0 ? plain.length() : wordEnd;
      int room = lines.isEmpty() ? firstRoom : wrappedRoom;
      if (end >= 0 && width(value, start, wordEnd) > room) {
        cut(value, start, end, room, wrappedRoom, lines);
        start = wordStart;
      }
      end = wordEnd;
      i = wordEnd;
    }
    if (end >= 0) {
      cut(value, start, end, lines.isEmpty() ? firstRoom : wrappedRoom, wrappedRoom, lines);
    }
    return lines;
  }

  /** Adds the line from {@code start} to {@code end}, in pieces if it is one word too long. */
  private void cut(Text value, int start, int end, int room, int wrappedRoom, List<int[]> lines) {
    int from = start;
    int fits = Math.max(1, room);
    while (width(value, from, end) > fits && end - from > 1) {
      int to = from + 1;
      while (to < end && width(value, from, to + 1) <= fits) {
        to++;
      }
      lines.add(new int[] {from, to});
      from = to;
      fits = Math.max(1, wrappedRoom);
    }
    lines.add(new int[] {from, end});
  }

  /**
   * The columns {@code value}'s characters from {@code start} to {@code end} take on a terminal.
   */
  private int width(Text value, int start, int end) {
    return isAdjustLineBreaksForWideCJKCharacters()
        ? value.substring(start, end).getCJKAdjustedLength()
        : end - start;
  }
}
