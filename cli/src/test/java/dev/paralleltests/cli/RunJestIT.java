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
