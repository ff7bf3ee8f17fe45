package dev.paralleltests.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code parallel-tests} command: its subcommands plan, split, record, merge, report and run.
 */
@Command(
    name = "parallel-tests",
    mixinStandardHelpOptions = true,
    version = "parallel-tests 0.1.0-SNAPSHOT",
    description =
        "Split a test suite across parallel workers by stored timings, and merge results.",
    subcommands = {CommandLine.HelpCommand.class})
public final class ParallelTestsCommand {

  public static void main(String[] args) {
    System.exit(new CommandLine(new ParallelTestsCommand()).execute(args));
  }
}
