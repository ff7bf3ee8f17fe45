package dev.paralleltests.core.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real Docker engine for tests. Starts it through {@code scripts/docker-setup.sh} when it is
 * installed but not running (never installs packages from a test); where no engine can be had the
 * test is skipped with a message on standard error, and under {@code REQUIRE_DOCKER=1} (as in CI)
 * it fails instead.
 */
final class DockerEngine {

  static final String BUSYBOX = "parallel-tests/busybox:1";
  static final String JRE = "parallel-tests/jre:17";

  private static String problem;
  private static boolean checked;

  private DockerEngine() {}

  /** Makes sure the engine answers and the test images exist, or skips (or fails) the test. */
  static synchronized void require() {
    if (!checked) {
      checked = true;
      problem = setUp();
    }
    if (problem != null) {
      String message = "Docker test skipped: " + problem;
      if ("1".equals(System.getenv("REQUIRE_DOCKER"))) {
        throw new AssertionError("REQUIRE_DOCKER=1 but " + problem);
      }
      System.err.println(message);
      Assumptions.abort(problem);
    }
  }

  private static String setUp() {
    Path script = repositoryRoot().resolve("scripts/docker-setup.sh");
    if (!Files.isRegularFile(script)) {
      return "cannot find " + script;
    }
    try {
      ProcessBuilder builder =
          new ProcessBuilder("bash", script.toString())
              .redirectErrorStream(true)
              .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
      builder.environment().put("DOCKER_SETUP_NO_INSTALL", "1");
      Process p = builder.start();
      String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(180, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return "scripts/docker-setup.sh did not finish within 180 s";
      }
      if (p.exitValue() != 0) {
        return "no Docker engine ("
            + output.strip().replace('\n', ' ')
            + "): scripts/docker-setup.sh installs and starts one";
      }
      return null;
    } catch (IOException e) {
      return "cannot run scripts/docker-setup.sh: " + e.getMessage();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }

  /** Runs a docker command and returns its output (standard output and error together). */
  static String docker(String... args) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                java.util.stream.Stream.concat(
                        java.util.stream.Stream.of("docker"), java.util.Arrays.stream(args))
                    .toList())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    return output;
  }

  /** Names of all containers, running or not, whose name starts with {@code parallel-tests-}. */
  static List<String> leftoverContainers() throws IOException, InterruptedException {
    return docker("ps", "--all", "--filter", "name=parallel-tests-", "--format", "{{.Names}}")
        .lines()
        .filter(l -> !l.isBlank())
        .toList();
  }

  static Path repositoryRoot() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("not inside the repository: " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
