package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * Every command's help, at the narrowest width help takes (55 columns), a narrow terminal (60), the
 * usual one (80) and a wide one (200): no word is broken across lines, and a description that wraps
 * continues under itself. The words are read from the commands' own model, so a description added
 * later is checked too.
 */
class WholeWordHelpTest {

  /** Every command whose help can be asked for, by the arguments that ask, at every width. */
  static Stream<Arguments> helps() {
    List<Arguments> all = new ArrayList<>();
    for (int columns : new int[] {55, 60, 80, 200}) {
      all.add(Arguments.of(columns, List.of("--help")));
      for (String command : wholeCommandLine().getSubcommands().keySet()) {
        all.add(Arguments.of(columns, List.of(command, "--help")));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{1} at {0} columns")
  @MethodSource("helps")
  void everyWordOfEveryDescriptionIsPrintedWhole(int columns, List<String> args) {
    CliRun help = help(columns, args);

    // Counted, since a word broken in one place may stand whole in another.
    Map<String, Long> printed = counted(words(help.out()));
    Map<String, Long> described = counted(describedWords(args));
    assertThat(described.keySet())
        .as("the words of %s's help at %d columns:%n%s", args, columns, help.out())
        .allMatch(w -> printed.getOrDefault(w, 0L) >= described.get(w));
  }

  @ParameterizedTest(name = "{1} at {0} columns")
  @MethodSource("helps")
  void wrappingOnlyMovesWholeWordsToTheNextLine(int columns, List<String> args) {
    CliRun wrapped = help(columns, args);
    CliRun unwrapped = help(1000, args);

    // The synopsis, option names, command and exit status lists included.
    assertThat(words(wrapped.out()))
        .as("%s's help at %d columns:%n%s", args, columns, wrapped.out())
        .containsExactlyElementsOf(words(unwrapped.out()));
  }

  @ParameterizedTest(name = "{1} at {0} columns")
  @MethodSource("helps")
  void anOptionsDescriptionContinuesIndentedUnderItsFirstLine(int columns, List<String> args) {
    List<String> lines = help(columns, args).lines();
    int help = indexOf(lines, "  -h, --help ");
    int column = lines.get(help).indexOf("Show");
    int first = help;
    while (first > 0 && !lines.get(first - 1).isEmpty()) {
      first--;
    }

    for (int i = first; i < lines.size() && lines.get(i).startsWith(" "); i++) {
      String line = lines.get(i);
      if (indent(line) <= 6) {
        continue; // an option or parameter, with the first line of its description if it fits
      }
      String previous = lines.get(i - 1);
      boolean labelAlone = indent(previous) <= 6 && previous.strip().indexOf(' ') < 0;
      assertThat(indent(line))
          .as("line %d of %s's help at %d columns:%n%s", i, args, columns, String.join("\n", lines))
          .isEqualTo(labelAlone ? column : column + 2);
      assertThat(line).hasSizeLessThanOrEqualTo(columns);
    }
  }

  @ParameterizedTest(name = "{1} at {0} columns")
  @MethodSource("helps")
  void coloursOnATerminalBreakNoLineElsewhere(int columns, List<String> args) {
    CommandLine root =
        ParallelTestsCommand.newCommandLine(
            new ParallelTestsCommand(
                Map.of("COLUMNS", Integer.toString(columns)), InputStream.nullInputStream()));
    CommandLine command =
        args.get(0).equals("--help") ? root : root.getSubcommands().get(args.get(0));

    String coloured = command.getUsageMessage(CommandLine.Help.Ansi.ON);

    assertThat(coloured).contains("\u001B[");
    assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", ""))
        .isEqualTo(command.getUsageMessage(CommandLine.Help.Ansi.OFF));
  }

  private static int indent(String line) {
    return line.length() - line.stripLeading().length();
  }

  private static CliRun help(int columns, List<String> args) {
    return CliRun.withEnv(
        Map.of("COLUMNS", Integer.toString(columns)), args.toArray(String[]::new));
  }

  private static Map<String, Long> counted(List<String> words) {
    return words.stream()
        .collect(
            java.util.stream.Collectors.groupingBy(w -> w, java.util.stream.Collectors.counting()));
  }

  private static List<String> words(String text) {
    return Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }

  /** The words the command's model describes it with: its header and description, options, exit. */
  private static List<String> describedWords(List<String> args) {
    CommandLine root = wholeCommandLine();
    CommandSpec command =
        args.get(0).equals("--help")
            ? root.getCommandSpec()
            : root.getSubcommands().get(args.get(0)).getCommandSpec();
    UsageMessageSpec usage = command.usageMessage();
    List<String> lines = new ArrayList<>();
    lines.addAll(List.of(usage.header()));
    lines.addAll(List.of(usage.description()));
    lines.addAll(List.of(usage.footer()));
    lines.addAll(usage.exitCodeList().values());
    for (ArgSpec arg : command.args()) {
      if (!arg.hidden()) {
        lines.addAll(List.of(arg.description()));
      }
    }
    List<String> words = new ArrayList<>();
    for (String line : lines) {
      words.addAll(words(WholeWordTable.format(line)));
    }
    assertThat(words).as("the words describing %s", args).hasSizeGreaterThan(10);
    return words;
  }

  private static CommandLine wholeCommandLine() {
    return ParallelTestsCommand.newCommandLine(
        new ParallelTestsCommand(Map.of(), InputStream.nullInputStream()));
  }

  private static int indexOf(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with '" + start + "' in\n" + String.join("\n", lines));
  }
}
