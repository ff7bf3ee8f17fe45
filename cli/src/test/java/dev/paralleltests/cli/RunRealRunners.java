package dev.paralleltests.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** Helpers for the integration tests that split real test runners with {@code run}. */
final class RunRealRunners {

  private RunRealRunners() {}

  /** Copies a test project from the resources into {@code target}. */
  static void copyProject(Path source, Path target) throws IOException {
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : files.toList()) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  /** The {@code classname} of every test case in a JUnit XML file, in order. */
  static java.util.List<String> caseClasses(Path report) throws IOException {
    Matcher m =
        Pattern.compile("<testcase\\b[^>]*\\bclassname=\"([^\"]*)\"")
            .matcher(Files.readString(report));
    java.util.List<String> names = new java.util.ArrayList<>();
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  /**
   * Makes sure a Docker engine answers and the test images exist, starting an installed engine
   * through {@code scripts/docker-setup.sh} (never installing packages from a test). Where none can
   * be had the test is skipped with a message; under {@code REQUIRE_DOCKER=1} (CI) it fails.
   */
  static void requireDocker() throws IOException, InterruptedException {
    Launcher.Result setup =
        Launcher.run(
            Launcher.root(),
            java.util.Map.of("DOCKER_SETUP_NO_INSTALL", "1"),
            java.util.List.of(
                "bash", Launcher.root().resolve("scripts/docker-setup.sh").toString()));
    if (setup.exitCode() != 0) {
      String problem =
          "no Docker engine ("
              + (setup.out() + setup.err()).strip().replace('\n', ' ')
              + "): scripts/docker-setup.sh installs and starts one";
      if ("1".equals(System.getenv("REQUIRE_DOCKER"))) {
        throw new AssertionError("REQUIRE_DOCKER=1 but " + problem);
      }
      System.err.println("Docker test skipped: " + problem);
      Assumptions.abort(problem);
    }
  }

  /** Skips the test, visibly, when a program it needs is missing. */
  static void requireProgram(String description, String... probe) {
    String problem = null;
    try {
      Process p =
          new ProcessBuilder(probe)
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
        problem = String.join(" ", probe) + " failed";
      }
    } catch (IOException e) {
      problem = e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      problem = "interrupted";
    }
    if (problem != null) {
      String message = description + " is not available (" + problem + ")";
      System.err.println("skipped: " + message);
      Assumptions.abort(message);
    }
  }
}
