package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real Jest suite (Jest and jest-junit from npm, installed once into this module's target
 * directory) split by {@code run} at file granularity and merged.
 */
class RunJestIT {

  private static final Path DATA = Path.of("src/test/resources/RunJestIT").toAbsolutePath();
  private static final Path MODULES = Path.of("target/run-jest").toAbsolutePath();

  @TempDir Path dir;

  @Test
  void shouldSplitAJestSuiteByFile() throws Exception {
    RunRealRunners.requireProgram("node", "node", "--version");
    RunRealRunners.requireProgram("npm", "npm", "--version");
    installJest();
    Path project = dir.resolve("project");
    RunRealRunners.copyProject(DATA.resolve("project"), project);
    Files.createSymbolicLink(project.resolve("node_modules"), MODULES.resolve("node_modules"));

    Launcher.Result run =
        Launcher.launch(
            project,
            Map.of(),
            "run",
            "--shards",
            "3",
            "--discover",
            "__tests__/*.test.js",
            "--granularity",
            "file",
            "--out",
            dir.resolve("out").toString(),
            "--progress",
            "plain",
            "--",
            "node",
            "node_modules/jest/bin/jest.js",
            "--ci",
            "--runTestsByPath",
            "{units}");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    String merged = Files.readString(dir.resolve("out/junit.xml"));
    for (String file : List.of("cart", "checkout", "pricing", "search")) {
      assertThat(merged.split("file=\"__tests__/" + file + ".test.js\"", -1)).hasSize(3);
    }
  }

  /**
   * A plan from the history alone has a catch-all shard, which runs Jest's whole selection minus
   * the other shards' files. With {@code --format jest} its pattern filters on top of the project's
   * own {@code testPathIgnorePatterns}, which stay in force: the ignored example never runs, and
   * every other file runs once. The command is the one docs/local-run.md gives.
   */
  @Test
  void shouldKeepTheProjectsIgnoreListInTheCatchAll() throws Exception {
    RunRealRunners.requireProgram("node", "node", "--version");
    RunRealRunners.requireProgram("npm", "npm", "--version");
    installJest();
    Path project = dir.resolve("project");
    RunRealRunners.copyProject(DATA.resolve("ignore-list"), project);
    Files.createSymbolicLink(project.resolve("node_modules"), MODULES.resolve("node_modules"));
    Path history = dir.resolve("history");
    Launcher.Result first =
        Launcher.launch(
            project,
            Map.of(),
            "run",
            "--shards",
            "2",
            "--discover",
            "__tests__/*.test.js",
            "--granularity",
            "file",
            "--history",
            history.toString(),
            "--out",
            dir.resolve("first").toString(),
            "--progress",
            "plain",
            "--",
            "node",
            "node_modules/jest/bin/jest.js",
            "--ci",
            "--runTestsByPath",
            "{units}");
    assertThat(first.exitCode()).as(first.out() + first.err()).isZero();

    Launcher.Result second =
        Launcher.launch(
            project,
            Map.of(),
            "run",
            "--shards",
            "2",
            "--history",
            history.toString(),
            "--granularity",
            "file",
            "--format",
            "jest",
            "--out",
            dir.resolve("second").toString(),
            "--progress",
            "plain",
            "--",
            "sh",
            "-c",
            "cat \"$PARALLEL_TESTS_INCLUDES\" \"$PARALLEL_TESTS_EXCLUDES\""
                + " | xargs -d '\\n' node node_modules/jest/bin/jest.js --ci");

    assertThat(second.exitCode()).as(second.out() + second.err()).isZero();
    assertThat(second.out()).contains("catch-all");
    String merged = Files.readString(dir.resolve("second/junit.xml"));
    assertThat(merged).doesNotContain("examples/usage.test.js");
    for (String file : List.of("cart", "checkout", "pricing", "search")) {
      assertThat(merged.split("file=\"__tests__/" + file + ".test.js\"", -1)).hasSize(3);
    }
  }

  private static void installJest() throws Exception {
    if (Files.isDirectory(MODULES.resolve("node_modules/jest-junit"))) {
      return;
    }
    Files.createDirectories(MODULES);
    Files.writeString(
        MODULES.resolve("package.json"), "{\"name\":\"run-jest\",\"private\":true}\n");
    Launcher.Result npm =
        Launcher.run(
            MODULES,
            Map.of(),
            List.of(
                "npm",
                "install",
                "--no-audit",
                "--no-fund",
                "--loglevel=error",
                "jest@29.7.0",
                "jest-junit@16.0.0"));
    assertThat(npm.exitCode()).as("npm install: " + npm.err()).isZero();
  }
}
