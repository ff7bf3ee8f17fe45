package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Help as wide as the terminal, with examples never broken. */
class HelpLayoutTest {

  @Test
  void helpUsesTheTerminalsWidth() {
    CliRun wide = CliRun.withEnv(Map.of("COLUMNS", "160"), "run", "--help");

    assertThat(wide.lines()).anyMatch(l -> l.length() > 100).allMatch(l -> l.length() <= 160);
  }

  @Test
  void examplesAreNeverBrokenInsideACommand() {
    for (String command : new String[] {"run", "split", "merge", "report", "plan", "record"}) {
      CliRun narrow = CliRun.withEnv(Map.of("COLUMNS", "60"), command, "--help");

      assertThat(narrow.out())
          .as(command)
          .containsPattern("(?m)^  parallel-tests " + command + " .*");
      assertThat(narrow.lines())
          .as(command)
          .filteredOn(l -> l.startsWith("  parallel-tests " + command + " "))
          .allMatch(l -> !l.endsWith(" ") && l.length() > 0);
    }
    CliRun split = CliRun.withEnv(Map.of("COLUMNS", "60"), "split", "--help");
    assertThat(split.out())
        .contains(
            "  pytest $(parallel-tests split --shards 3 --index 1 --granularity file --format"
                + " pytest tests/test_*.py)");
  }

  @Test
  void aVariablesDescriptionContinuesUnderItselfWhenItWraps() {
    CliRun help = CliRun.withEnv(Map.of("COLUMNS", "80"), "run", "--help");

    List<String> lines = help.lines();
    int includes = indexOfLineStartingWith(lines, "  PARALLEL_TESTS_INCLUDES ");
    String described = lines.get(includes);
    int column = described.indexOf("file of what to select");
    assertThat(lines.get(includes + 1))
        .as("the line after %s", described)
        .startsWith(" ".repeat(column))
        .doesNotStartWith(" ".repeat(column + 1))
        .contains("catch-all shard");
  }

  @Test
  void everyVariableLineAndItsContinuationsStayWithinTheNarrowestWidth() {
    CliRun help = CliRun.withEnv(Map.of("COLUMNS", "55"), "run", "--help");

    List<String> lines = help.lines();
    int first = indexOfLineStartingWith(lines, "  PARALLEL_TESTS_SHARD ");
    int after = indexOfLineStartingWith(lines, "An argument containing {units}");
    assertThat(lines.subList(first, after))
        .hasSizeGreaterThan(8)
        .allMatch(l -> l.length() <= 55)
        .allMatch(l -> l.startsWith("  PARALLEL_TESTS_") || l.startsWith(" ".repeat(20)));
  }

  @Test
  void runsHelpListsEveryVariableAndPlaceholderAShardGets() {
    CliRun help = CliRun.withEnv(Map.of("COLUMNS", "200"), "run", "--help");

    assertThat(help.out())
        .contains("PARALLEL_TESTS_CATCH_ALL")
        .contains("PARALLEL_TESTS_OUT")
        .contains("{out}");
  }

  private static int indexOfLineStartingWith(List<String> lines, String start) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(start)) {
        return i;
      }
    }
    throw new AssertionError("no line starts with '" + start + "' in\n" + String.join("\n", lines));
  }
}
