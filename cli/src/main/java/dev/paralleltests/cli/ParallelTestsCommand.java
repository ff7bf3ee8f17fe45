package dev.paralleltests.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    exitCodeList = {ExitStatus.PASSED_LINE, ExitStatus.FAILED_LINE, ExitStatus.ERROR_LINE})
public final class ParallelTestsCommand implements Callable<Integer> {

  /**
   * The subcommands, in the order help lists them. Added to the command line in code, not in the
   * annotation, so that {@link #main} can build only the one a call names: picocli builds every
   * subcommand it is given by reflection, and its classes cannot be in the class-data archive.
   */
  private static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

  private static Map<String, Class<?>> subcommands() {
    Map<String, Class<?>> all = new LinkedHashMap<>();
    for (Class<?> c :
        List.of(
            PlanCommand.class,
            SplitCommand.class,
            RecordCommand.class,
            MergeCommand.class,
            ReportCommand.class,
            RunCommand.class,
            CommandLine.HelpCommand.class)) {
      all.put(c.getAnnotation(Command.class).name(), c);
    }
    return Collections.unmodifiableMap(all);
  }

  @Spec CommandSpec spec;

  private final Map<String, String> environment;
  private final InputStream stdin;
  private final OutputStream stdout;

  /**
   * The command as {@code main} runs it: the process's environment, standard input, and standard
   * output also as bytes (for a plan's JSON, which is UTF-8 whatever the platform's encoding).
   */
  public ParallelTestsCommand() {
    this(System.getenv(), System.in, new FileOutputStream(FileDescriptor.out));
  }

  /** A command whose byte output goes through its picocli writer (as tests capture it). */
  ParallelTestsCommand(Map<String, String> environment, InputStream stdin) {
    this(environment, stdin, null);
  }

  private ParallelTestsCommand(
      Map<String, String> environment, InputStream stdin, OutputStream stdout) {
    this.environment = Map.copyOf(new LinkedHashMap<>(environment));
    this.stdin = stdin;
    this.stdout = stdout;
  }

  public static void main(String[] args) {
    HistoryPrefetch.start(args);
    System.exit(newCommandLine(new ParallelTestsCommand(), args).execute(args));
  }

  /**
   * The configured command line: shared converters, one-line errors with exit status 2, and the
   * exit status list in every command's help.
   */
  public static CommandLine newCommandLine(ParallelTestsCommand command) {
    return newCommandLine(command, SUBCOMMANDS.keySet());
  }

  /**
   * The command line for {@code args}: when they start with a subcommand's name, with that
   * subcommand alone, which parses, helps and fails exactly as in the whole command line but starts
   * in less time (a merge of one file: about a tenth less CPU); else the whole command line, whose
   * help lists every subcommand. {@code help} always gets the whole command line.
   */
  static CommandLine newCommandLine(ParallelTestsCommand command, String[] args) {
    if (args.length > 0 && SUBCOMMANDS.containsKey(args[0]) && !args[0].equals("help")) {
      return newCommandLine(command, Set.of(args[0]));
    }
    return newCommandLine(command);
  }

  private static CommandLine newCommandLine(ParallelTestsCommand command, Set<String> names) {
    CommandLine cl = new CommandLine(command);
    for (Map.Entry<String, Class<?>> sub : SUBCOMMANDS.entrySet()) {
      if (names.contains(sub.getKey())) {
        cl.addSubcommand(sub.getKey(), sub.getValue());
      }
    }
    // Converters reach only the subcommands added before them.
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

  /** The process's standard output as bytes; null when output goes only through the writer. */
  OutputStream stdout() {
    return stdout;
  }

  /** Without a command, print the usage on standard error and fail: a CI step must not pass. */
  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    spec.commandLine().getErr().println("parallel-tests: missing COMMAND");
    return ExitStatus.ERROR;
  }
}
