package dev.paralleltests.cli;

import java.io.InputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code parallel-tests} command: its subcommands plan, split, record, merge, report and run.
 */
@Command(
    name = "parallel-tests",
    mixinStandardHelpOptions = true,
    version = "parallel-tests 0.1.0-SNAPSHOT",
    description = {
      "Split a test suite across parallel workers by stored timings, and merge the results.",
      "",
      "Examples:",
      "  ${COMMAND-NAME} plan --shards 4 --history .timings --format json > plan.json",
      "  ${COMMAND-NAME} split --plan plan.json --index 2 --format surefire",
      "  ${COMMAND-NAME} merge --out merged.xml --expect-shards 4 shard-1 shard-2 shard-3 shard-4",
      "  ${COMMAND-NAME} record --history .timings --build 42 merged.xml"
    },
    synopsisSubcommandLabel = "COMMAND",
    exitCodeListHeading = ExitStatus.HEADING,
    exitCodeList = {ExitStatus.PASSED_LINE, ExitStatus.FAILED_LINE, ExitStatus.ERROR_LINE},
    subcommands = {
      PlanCommand.class,
      SplitCommand.class,
      RecordCommand.class,
      MergeCommand.class,
      ReportCommand.class,
      RunCommand.class,
      CommandLine.HelpCommand.class
    })
public final class ParallelTestsCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  private final Map<String, String> environment;
  private final InputStream stdin;

  /** The command as {@code main} runs it: the process's environment and standard input. */
  public ParallelTestsCommand() {
    this(System.getenv(), System.in);
  }

  ParallelTestsCommand(Map<String, String> environment, InputStream stdin) {
    this.environment = Map.copyOf(new LinkedHashMap<>(environment));
    this.stdin = stdin;
  }

  public static void main(String[] args) {
    System.exit(newCommandLine(new ParallelTestsCommand()).execute(args));
  }

  /**
   * The configured command line: shared converters, one-line errors with exit status 2, and the
   * exit status list in every command's help.
   */
  public static CommandLine newCommandLine(ParallelTestsCommand command) {
    // Converters reach only the subcommands added before them: all are declared above.
    CommandLine cl = new CommandLine(command);
    cl.registerConverter(Duration.class, new Durations.Converter());
    ErrorHandler errors = new ErrorHandler(command.environment.containsKey("PARALLEL_TESTS_DEBUG"));
    cl.setParameterExceptionHandler(errors);
    cl.setExecutionExceptionHandler(errors);
    HelpLayout.apply(cl, command.environment);
    for (CommandLine sub : cl.getSubcommands().values()) {
      var usage = sub.getCommandSpec().usageMessage();
      if (usage.exitCodeList().isEmpty()
          && !(sub.getCommand() instanceof CommandLine.HelpCommand)) {
        usage.exitCodeListHeading(ExitStatus.HEADING);
        usage.exitCodeList(exitCodes());
      }
    }
    return cl;
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line :
        new String[] {ExitStatus.PASSED_LINE, ExitStatus.FAILED_LINE, ExitStatus.ERROR_LINE}) {
      int colon = line.indexOf(':');
      codes.put(line.substring(0, colon), line.substring(colon + 1));
    }
    return codes;
  }

  Map<String, String> environment() {
    return environment;
  }

  InputStream stdin() {
    return stdin;
  }

  /** Without a command, print the usage on standard error and fail: a CI step must not pass. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().println("parallel-tests: missing COMMAND");
    return ExitStatus.ERROR;
  }
}
