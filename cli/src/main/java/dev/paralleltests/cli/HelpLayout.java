package dev.paralleltests.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * How help is laid out: as wide as the terminal (picocli asks it; {@code COLUMNS} wins when set),
 * and examples printed as written, never wrapped, so that a command can be copied whole. A
 * command's examples are the description lines from the one starting "Example" on.
 */
final class HelpLayout {
  static final String EXAMPLES = "examples";

  private HelpLayout() {}

  static void apply(CommandLine root, Map<String, String> environment) {
    width(environment)
        .ifPresentOrElse(root::setUsageHelpWidth, () -> root.setUsageHelpAutoWidth(true));
    List<CommandLine> all = new ArrayList<>();
    all.add(root);
    all.addAll(root.getSubcommands().values());
    for (CommandLine cl : all) {
      moveExamples(cl);
    }
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
