package dev.paralleltests.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How help is laid out: as wide as the terminal (picocli asks it; {@code COLUMNS} wins when set),
 * with words never broken across lines ({@link WholeWordHelp}), and examples printed as written,
 * never wrapped, so that a command can be copied whole. A command's examples are the description
 * lines from the one starting "Example" on. A description line that lists a term ("{@code NAME what
 * it is}", such as a shard's environment variables) wraps under its own text, not at the left
 * margin, where picocli would continue it.
 */
final class HelpLayout {
  static final String EXAMPLES = "examples";

  private HelpLayout() {}

  static void apply(CommandLine root, Map<String, String> environment) {
    root.setHelpFactory(WholeWordHelp::new);
    width(environment)
        .ifPresentOrElse(root::setUsageHelpWidth, () -> root.setUsageHelpAutoWidth(true));
    List<CommandLine> all = new ArrayList<>();
    all.add(root);
    all.addAll(root.getSubcommands().values());
    for (CommandLine cl : all) {
      moveExamples(cl);
      hangTerms(cl);
    }
  }

  /** " TERM text": indented, a word, spaces, the text its continuation lines align under. */
  private static final Pattern TERM = Pattern.compile("( +\\S+ +)(\\S.*)");

  /** Below this many columns for a term's text, its continuation lines indent by four instead. */
  private static final int NARROWEST_TEXT = 20;

  private static void hangTerms(CommandLine cl) {
    UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
    if (Arrays.stream(usage.description()).noneMatch(l -> TERM.matcher(l).matches())) {
      return;
    }
    usage.sectionMap().put(UsageMessageSpec.SECTION_KEY_DESCRIPTION, HelpLayout::description);
  }

  /** The description as picocli lays it out, but for term lines, which hang under their text. */
  private static String description(CommandLine.Help help) {
    UsageMessageSpec usage = help.commandSpec().usageMessage();
    int width = usage.width();
    StringBuilder b = new StringBuilder();
    List<String> prose = new ArrayList<>();
    for (String line : usage.description()) {
      Matcher term = TERM.matcher(line);
      if (!term.matches()) {
        prose.add(line);
        continue;
      }
      flush(help, prose, width, b);
      int hang = term.group(1).length();
      String indent = " ".repeat(width - hang < NARROWEST_TEXT ? 4 : hang);
      wrap(term.group(1), indent, term.group(2), width, b);
    }
    flush(help, prose, width, b);
    return b.toString();
  }

  private static void flush(CommandLine.Help help, List<String> prose, int width, StringBuilder b) {
    if (!prose.isEmpty()) {
      WholeWordTable.join(
          help.colorScheme(),
          width,
          help.commandSpec().usageMessage().adjustLineBreaksForWideCJKCharacters(),
          prose.toArray(String[]::new),
          b);
      prose.clear();
    }
  }

  /** Words (broken only at spaces) after {@code first}, then under {@code indent}. */
  private static void wrap(String first, String indent, String text, int width, StringBuilder b) {
    StringBuilder line = new StringBuilder(first);
    int start = line.length();
    for (String word : text.trim().split(" +")) {
      if (line.length() > start && line.length() + 1 + word.length() > width) {
        b.append(line).append(System.lineSeparator());
        line = new StringBuilder(indent);
        start = line.length();
      }
      if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    b.append(line).append(System.lineSeparator());
  }

  private static java.util.Optional<Integer> width(Map<String, String> environment) {
    String columns = environment.get("COLUMNS");
    if (columns == null) {
      return java.util.Optional.empty();
    }
    try {
      int n = Integer.parseInt(columns.trim());
      return n >= 55 ? java.util.Optional.of(n) : java.util.Optional.empty();
    } catch (NumberFormatException e) {
      return java.util.Optional.empty();
    }
  }

  private static void moveExamples(CommandLine cl) {
    UsageMessageSpec usage = cl.getCommandSpec().usageMessage();
    List<String> description = Arrays.asList(usage.description());
    int start = -1;
    for (int i = 0; i < description.size(); i++) {
      if (description.get(i).startsWith("Example")) {
        start = i;
        break;
      }
    }
    if (start < 0) {
      return;
    }
    List<String> prose = new ArrayList<>(description.subList(0, start));
    while (!prose.isEmpty() && prose.get(prose.size() - 1).isEmpty()) {
      prose.remove(prose.size() - 1);
    }
    List<String> examples = List.copyOf(description.subList(start, description.size()));
    usage.description(prose.toArray(String[]::new));
    String name = cl.getCommandSpec().root().name();
    usage
        .sectionMap()
        .put(
            EXAMPLES,
            help -> {
              StringBuilder b = new StringBuilder(System.lineSeparator());
              for (String line : examples) {
                b.append(line.replace("${COMMAND-NAME}", name)).append(System.lineSeparator());
              }
              return b.append(System.lineSeparator()).toString();
            });
    List<String> keys = new ArrayList<>(usage.sectionKeys());
    keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_DESCRIPTION) + 1, EXAMPLES);
    usage.sectionKeys(keys);
  }
}
