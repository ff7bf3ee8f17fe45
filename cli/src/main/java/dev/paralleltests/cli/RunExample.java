package dev.paralleltests.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * {@code run --example}: the bundled example suite with the configuration embedded in the jar
 * ({@code run-example.properties}). Paths in it are relative to the repository root, found from
 * where the jar (or the classes) of this command lie, so the example runs from any directory.
 */
final class RunExample {

  private RunExample() {}

  /** Applies the example's configuration to what the caller left out; returns the working dir. */
  static Path apply(RunCommand run) throws IOException {
    Properties config = new Properties();
    try (InputStream in = RunExample.class.getResourceAsStream("run-example.properties")) {
      if (in == null) {
        throw CliException.usage("the example configuration is missing from this build");
      }
      config.load(in);
    }
    Path root = repositoryRoot();
    for (String needed : config.getProperty("needs", "").trim().split("\\s+")) {
      if (!needed.isEmpty() && !Files.exists(root.resolve(needed))) {
        throw CliException.usage(
            "the example suite is not built ("
                + root.resolve(needed)
                + " is missing): run ./mvnw -B -DskipTests package first");
      }
    }
    List<String> command = new ArrayList<>();
    for (String arg : config.getProperty("command").trim().split("\\s+")) {
      // In a container the host's Java path means nothing: the image's java on its PATH runs.
      command.add(arg.equals("{java}") ? (run.image == null ? currentJava() : "java") : arg);
    }
    run.exampleDefaults(
        config.getProperty("shards"),
        config.getProperty("discover"),
        root.resolve(config.getProperty("out")),
        root.resolve(config.getProperty("history")),
        Durations.parse(config.getProperty("timeout")),
        command);
    return root;
  }

  /** The repository holding this build: the nearest parent with {@code examples/} and mvnw. */
  static Path repositoryRoot() {
    Path start;
    try {
      start = Path.of(RunExample.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException | SecurityException | NullPointerException e) {
      start = Path.of("").toAbsolutePath();
    }
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("examples")) && Files.exists(dir.resolve("mvnw"))) {
        return dir;
      }
    }
    throw CliException.usage(
        "cannot find the repository with examples/: run --example from a clone of parallel-tests");
  }

  /** The Java running this command, so the example needs no other Java on the PATH. */
  private static String currentJava() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
