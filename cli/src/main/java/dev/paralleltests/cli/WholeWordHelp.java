package dev.paralleltests.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Help;
import picocli.CommandLine.Help.Ansi.Text;
import picocli.CommandLine.Help.Column;
import picocli.CommandLine.Help.Column.Overflow;
import picocli.CommandLine.Help.TextTable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * picocli's help with every part that wraps text laid out in a {@link WholeWordTable}, so that no
 * word is broken across lines: the synopsis, header, description, option and parameter lists,
 * command list and exit status list. Each method builds the same table as picocli's own (picocli
 * 4.7.7, {@code CommandLine.Help}), but for its class. The synopsis also hangs its continuation
 * lines under the command name, not after it, when a whole option would not fit after it (such as
 * {@code [--format=lines|surefire|pytest|jest]} at 60 columns).
 */
final class WholeWordHelp extends Help {

  WholeWordHelp(CommandSpec command, ColorScheme colors) {
    super(command, colors);
  }

  private int width() {
    return commandSpec().usageMessage().width();
  }

  private boolean cjk() {
    return commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters();
  }

  @Override
  public String header(Object... params) {
    return joined(commandSpec().usageMessage().header(), params);
  }

  @Override
  public String description(Object... params) {
    return joined(commandSpec().usageMessage().description(), params);
  }

  @Override
  public String footer(Object... params) {
    return joined(commandSpec().usageMessage().footer(), params);
  }

  private String joined(String[] lines, Object... params) {
    return WholeWordTable.join(colorScheme(), width(), cjk(), lines, new StringBuilder(), params)
        .toString();
  }

  @Override
  protected String insertSynopsisCommandName(int headingLength, Text details) {
    String name = commandSpec().qualifiedName();
    int indent = headingLength + name.length() + 1; // the column after "Usage: name "
    var usage = commandSpec().usageMessage();
    if (indent > usage.synopsisAutoIndentThreshold() * width()
        || longestWord(details.plainString()) > width() - indent) {
      indent = usage.synopsisIndent() < 0 ? headingLength : usage.synopsisIndent();
      indent = Math.min(indent, (int) (0.9 * width())); // picocli's largest threshold
    }
    TextTable table = WholeWordTable.ofWidths(colorScheme(), cjk(), width());
    table.indentWrappedLines = indent;
    // As picocli: the heading's room held by a placeholder word, cut off again below.
    Text heading = colorScheme().text("X".repeat(headingLength));
    table.addRowValues(heading.concat(colorScheme().commandText(name)).concat(details));
    return table.toString().substring(headingLength);
  }

  private static int longestWord(String text) {
    int longest = 0;
    for (String word : text.split(" +")) {
      longest = Math.max(longest, word.length());
    }
    return longest;
  }

  @Override
  public Layout createDefaultLayout(
      List<OptionSpec> options, List<PositionalParamSpec> positionals, ColorScheme colors) {
    int longOptions = calcLongOptionColumnWidth(options, positionals, colors);
    return new Layout(
        colors,
        WholeWordTable.ofOptions(colors, cjk(), longOptions, width()),
        createDefaultOptionRenderer(),
        createDefaultParameterRenderer());
  }

  @Override
  public TextTable createTextTable(Map<?, ?> map) {
    if (map == null || map.isEmpty()) {
      return WholeWordTable.ofWidths(colorScheme(), cjk(), 10, width() - 10);
    }
    int spacing = 3;
    int keyLength = Math.min(width() - spacing - 1, longest(map.keySet()));
    TextTable table =
        WholeWordTable.of(
            colorScheme(),
            cjk(),
            new Column(keyLength + spacing, 2, Overflow.SPAN),
            new Column(width() - (keyLength + spacing), 2, Overflow.WRAP));
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      table.addRowValues(
          WholeWordTable.format(String.valueOf(entry.getKey())),
          WholeWordTable.format(String.valueOf(entry.getValue())));
    }
    return table;
  }

  @Override
  public String commandList(Map<String, Help> subcommands) {
    if (subcommands.isEmpty()) {
      return "";
    }
    int names = Math.min(longest(subcommands.keySet()), width() / 2);
    TextTable table =
        WholeWordTable.of(
            colorScheme(),
            cjk(),
            new Column(names + 2, 2, Overflow.SPAN),
            new Column(width() - (names + 2), 2, Overflow.WRAP));
    for (Help help : subcommands.values()) {
      var usage = help.commandSpec().usageMessage();
      String[] summary = usage.header().length > 0 ? usage.header() : usage.description();
      String first = summary.length > 0 ? summary[0] : "";
      Text[] lines = colorScheme().text(WholeWordTable.format(first)).splitLines();
      for (int i = 0; i < lines.length; i++) {
        table.addRowValues(i == 0 ? help.commandNamesText(", ") : colorScheme().text(""), lines[i]);
      }
    }
    return table.toString();
  }

  private static int longest(java.util.Collection<?> values) {
    int longest = 0;
    for (Object value : values) {
      longest = Math.max(longest, String.valueOf(value).length());
    }
    return longest;
  }
}
