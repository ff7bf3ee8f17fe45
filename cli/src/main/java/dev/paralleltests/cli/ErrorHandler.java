package dev.paralleltests.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps every failure to exit status 2 with one line on standard error: {@code parallel-tests
 * <command>: <reason>}. A {@link CliException} keeps its own status. Set {@code
 * PARALLEL_TESTS_DEBUG=1} to also get the stack trace of an unexpected error.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler {

  private final boolean debug;

  ErrorHandler(boolean debug) {
    this.debug = debug;
  }

  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String message = ex.getMessage();
    if (ex instanceof CommandLine.MissingParameterException) {
      // A misspelt option (--shard=4) often causes the missing one: name the misspelling.
      message = UnknownOptions.find(cmd.getCommandSpec(), args).orElse(message);
    }
    err.println(prefix(cmd) + oneLine(message) + " (see --help)");
    err.flush();
    return ExitStatus.ERROR;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int status;
    String reason;
    if (ex instanceof CliException c) {
      status = c.status();
      reason = c.getMessage();
    } else if (ex instanceof ParameterException p) {
      status = ExitStatus.ERROR;
      reason = p.getMessage() + " (see --help)";
    } else if (ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException) {
      status = ExitStatus.ERROR;
      reason = Messages.describe(ex);
    } else if (ex instanceof IllegalArgumentException) {
      // The core rejects bad input (a malformed plan, an invalid option combination) this way.
      status = ExitStatus.ERROR;
      reason = Messages.describe(ex);
    } else {
      status = ExitStatus.ERROR;
      reason = "internal error: " + ex.getClass().getName() + ": " + Messages.describe(ex);
    }
    err.println(prefix(cmd) + oneLine(reason));
    if (debug) {
      ex.printStackTrace(err);
    }
    err.flush();
    return status;
  }

  private static String prefix(CommandLine cmd) {
    return cmd.getCommandSpec().qualifiedName() + ": ";
  }

  private static String oneLine(String message) {
    return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
  }
}
