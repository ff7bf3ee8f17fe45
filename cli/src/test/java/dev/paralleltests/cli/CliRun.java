package dev.paralleltests.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import picocli.CommandLine;

/**
 * Runs the command line in-process, as {@code main} would (with only the subcommand the arguments
 * name), and captures what it printed.
 */
record CliRun(int exitCode, String out, String err) {

  static CliRun run(String... args) {
    return run(Map.of(), "", args);
  }

  static CliRun withEnv(Map<String, String> env, String... args) {
    return run(env, "", args);
  }

  static CliRun withStdin(String stdin, String... args) {
    return run(Map.of(), stdin, args);
  }

  static CliRun run(Map<String, String> env, String stdin, String... args) {
    return run(false, env, stdin, args);
  }

  /** Run on the command line with every subcommand, as tests and CDS training build it. */
  static CliRun runWhole(String... args) {
    return run(true, Map.of(), "", args);
  }

  private static CliRun run(boolean whole, Map<String, String> env, String stdin, String... args) {
    ParallelTestsCommand root =
        new ParallelTestsCommand(
            env, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
    CommandLine cl =
        whole
            ? ParallelTestsCommand.newCommandLine(root)
            : ParallelTestsCommand.newCommandLine(root, args);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    int code = cl.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Standard output's lines. */
  java.util.List<String> lines() {
    return out.isEmpty() ? java.util.List.of() : java.util.List.of(out.split("\\R"));
  }

  /** Standard error's lines. */
  java.util.List<String> errLines() {
    return err.isEmpty() ? java.util.List.of() : java.util.List.of(err.split("\\R"));
  }
}
