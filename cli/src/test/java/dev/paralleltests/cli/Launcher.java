package dev.paralleltests.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the real {@code bin/parallel-tests} launcher (and so the shaded jar) as a separate process,
 * the way users and CI jobs run it. Used by the integration tests, which Failsafe runs after {@code
 * package}.
 */
final class Launcher {
  private Launcher() {}

  /** The repository root, as Failsafe passes it (falls back to the module's parent directory). */
  static Path root() {
    String root = System.getProperty("parallelTests.root");
    return (root != null ? Path.of(root) : Path.of("..")).toAbsolutePath().normalize();
  }

  static Path script() {
    return root().resolve("bin/parallel-tests");
  }

  /** What a process printed and how it ended. */
  record Result(int exitCode, String out, String err) {
    List<String> lines() {
      return out.isEmpty() ? List.of() : List.of(out.split("\\R"));
    }
  }

  /** Runs {@code bash -c script} in {@code dir} with extra environment variables. */
  /** A scratch file the docs write directly under /tmp: {@code /tmp/inc.txt}, not a deeper path. */
  private static final java.util.regex.Pattern SCRATCH_FILE =
      java.util.regex.Pattern.compile("(?<![\\w./-])/tmp/(?=[\\w.-]+(?:[\\s'\"|;)]|$))");

  /**
   * Moves the {@code /tmp/NAME} scratch files a script uses (as the docs do) into {@code dir}, so
   * that tests never share them. Deeper paths stay: the checkout itself may live under /tmp.
   */
  static String scratchFilesIn(String script, Path dir) {
    return SCRATCH_FILE
        .matcher(script)
        .replaceAll(java.util.regex.Matcher.quoteReplacement(dir.toString() + "/"));
  }

  static Result bash(Path dir, Map<String, String> env, String script)
      throws IOException, InterruptedException {
    return run(dir, env, List.of("bash", "-c", script));
  }

  /** Runs the launcher with arguments in {@code dir}. */
  static Result launch(Path dir, Map<String, String> env, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", script().toString()));
    command.addAll(List.of(args));
    return run(dir, env, command);
  }

  static Result run(Path dir, Map<String, String> env, List<String> command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("launcher", ".out");
    Path err = Files.createTempFile("launcher", ".err");
    try {
      ProcessBuilder pb =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectOutput(out.toFile())
              .redirectError(err.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
      pb.environment().putAll(env);
      Process p = pb.start();
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        throw new AssertionError("timed out after 120 s: " + command);
      }
      return new Result(
          p.exitValue(),
          Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  private static java.io.File nullDevice() {
    return new java.io.File("/dev/null");
  }
}
