package dev.paralleltests.cli;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
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

  /**
   * Standard output as bytes, for text that is UTF-8 whatever the platform's encoding (a plan's
   * JSON), after everything {@link #out()} holds: the process's standard output itself, or, when
   * the caller gave only a writer (tests, the CDS training run), bytes decoded into that writer
   * when flushed.
   */
  OutputStream outBytes() {
    out().flush();
    OutputStream stdout = root == null ? null : root.stdout();
    return stdout != null ? stdout : new IntoWriter(out());
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

  /** Bytes collected and written to a writer as UTF-8 text when flushed. */
  private static final class IntoWriter extends ByteArrayOutputStream {
    private final PrintWriter writer;

    IntoWriter(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void flush() {
      writer.write(toString(StandardCharsets.UTF_8));
      writer.flush();
      reset();
    }
  }
}
