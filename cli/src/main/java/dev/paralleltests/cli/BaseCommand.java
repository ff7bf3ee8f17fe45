package dev.paralleltests.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: output through picocli's writers (so tests capture it), the process
 * environment and standard input as the root command holds them, and warnings.
 */
abstract class BaseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @ParentCommand ParallelTestsCommand root;

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  /** One line on standard error, prefixed with the command's name; does not change the status. */
  void warn(String message) {
    err().println(spec.qualifiedName() + ": " + message);
    err().flush();
  }

  /** The environment of this run: the process's, or the one a test gave the root command. */
  java.util.Map<String, String> environment() {
    return root == null ? System.getenv() : root.environment();
  }

  java.io.InputStream stdin() {
    return root == null ? System.in : root.stdin();
  }

  /** Runs the command; returns an {@link ExitStatus} value. */
  abstract int execute() throws Exception;

  @Override
  public final Integer call() throws Exception {
    try {
      return execute();
    } finally {
      out().flush();
      err().flush();
    }
  }
}
