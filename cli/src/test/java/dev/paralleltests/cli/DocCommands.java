package dev.paralleltests.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shell commands a documentation page shows, as {@link DocsCommandsIT} runs them: from every
 * fenced block whose info string has the word {@code test} (```` ```yaml test ````), each command
 * line that calls {@code parallel-tests} or lists tests into {@code units.txt} with {@code find},
 * with its continuation lines, stripped of YAML list and key prefixes and of a trailing {@code ||
 * status=$?} or {@code || true}, so that its own exit status counts.
 */
final class DocCommands {
  private static final Pattern FENCE = Pattern.compile("(?m)^```(.*)$");
  private static final Pattern ASSIGNMENTS = Pattern.compile("^(?:[A-Z_][A-Z0-9_]*=\\S*\\s+)*");
  private static final Pattern IGNORED_STATUS =
      Pattern.compile("\\s*\\|\\|\\s*(?:status=\\$\\?|true)\\s*$");

  /** A fenced block marked for testing. */
  record Block(String language, String text, int line) {}

  /** One command, with the line of the page it starts on. */
  record Command(String text, int line) {}

  private DocCommands() {}

  static List<Block> testedBlocks(String markdown) {
    List<Block> blocks = new ArrayList<>();
    Matcher m = FENCE.matcher(markdown);
    while (m.find()) {
      String info = m.group(1).trim();
      int start = m.end() + 1;
      if (!m.find()) {
        throw new IllegalArgumentException("unclosed code block");
      }
      List<String> words = List.of(info.split("\\s+"));
      if (words.contains("test")) {
        int line = (int) markdown.substring(0, start).lines().count() + 1;
        blocks.add(new Block(words.get(0), markdown.substring(start, m.start()), line));
      }
    }
    return blocks;
  }

  static List<Command> commands(Block block) {
    List<String> lines = block.text().lines().toList();
    List<Command> commands = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String s = unprefixed(lines.get(i));
      String word = ASSIGNMENTS.matcher(s).replaceFirst("");
      if (!word.startsWith("parallel-tests ") && !word.startsWith("find ")) {
        continue;
      }
      int first = i;
      StringBuilder command = new StringBuilder(s);
      while (endsContinued(command) && i + 1 < lines.size()) {
        if (command.charAt(command.length() - 1) == '\\') {
          command.setLength(command.length() - 1);
        }
        command.append(' ').append(lines.get(++i).strip());
      }
      String text = IGNORED_STATUS.matcher(command.toString().strip()).replaceFirst("");
      if (word.startsWith("find ") && !text.endsWith("> units.txt")) {
        continue; // only test discovery, not the copying of reports
      }
      commands.add(new Command(text, block.line() + first));
    }
    return commands;
  }

  private static boolean endsContinued(StringBuilder command) {
    String s = command.toString().stripTrailing();
    return s.endsWith("\\") || s.endsWith("|");
  }

  /** A line without YAML's list dash and {@code run:}/{@code command:} key, if it has them. */
  private static String unprefixed(String line) {
    String s = line.strip();
    if (s.startsWith("- ")) {
      s = s.substring(2).strip();
    }
    for (String key : List.of("run: ", "command: ", "script: ")) {
      if (s.startsWith(key)) {
        s = s.substring(key.length()).strip();
      }
    }
    return s;
  }
}
