package dev.paralleltests.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Runs a shard inside a Docker container through the real {@code docker} command line. The working
 * directory and the output directory are mounted at the same paths inside, so every path the shard
 * is given means the same thing in and out of the container. Each container is named, because
 * killing the {@code docker run} client alone leaves the container running: on timeout it is
 * stopped with {@code docker kill}.
 */
final class DockerLauncher implements ShardLauncher {

  private final DockerSettings settings;
  private final Path workDir;
  private final Path outDir;
  private final String runId;

  DockerLauncher(DockerSettings settings, Path workDir, Path outDir, String runId) {
    this.settings = settings;
    this.workDir = workDir;
    this.outDir = outDir;
    this.runId = runId;
  }

  /** The container name of shard {@code index} in this run. */
  String containerName(int index) {
    return "parallel-tests-" + runId + "-" + index;
  }

  /** The full {@code docker run} command line of one shard. */
  List<String> dockerRun(ShardWork work, List<String> command, Map<String, String> env) {
    List<String> argv = new ArrayList<>();
    argv.add(settings.docker());
    argv.add("run");
    argv.add("--rm");
    argv.add("--name");
    argv.add(containerName(work.index()));
    argv.add("--network");
    argv.add(settings.network());
    argv.add("--label");
    argv.add("dev.paralleltests.run=" + runId);
    argv.addAll(volume(workDir));
    if (!outDir.startsWith(workDir)) {
      argv.addAll(volume(outDir));
    }
    argv.add("--workdir");
    argv.add(workDir.toString());
    settings.user().ifPresent(u -> argv.addAll(List.of("--user", u)));
    env.forEach((k, v) -> argv.addAll(List.of("--env", k + "=" + v)));
    argv.addAll(settings.extraArgs());
    argv.add(settings.image());
    argv.addAll(command);
    return argv;
  }

  private static List<String> volume(Path dir) {
    return List.of("--volume", dir + ":" + dir);
  }

  @Override
  public Started start(ShardWork work, List<String> command, Map<String, String> env)
      throws IOException {
    String name = containerName(work.index());
    Process process =
        new ProcessBuilder(dockerRun(work, command, env))
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(work.logFile().toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(LocalLauncher.nullDevice()))
            .start();
    return new Started() {
      @Override
      public Process process() {
        return process;
      }

      @Override
      public void kill() {
        docker("kill", name);
        try {
          if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          process.destroyForcibly();
        }
      }

      @Override
      public void cleanUp() {
        // --rm makes the engine remove the container once it ended, but after the client
        // returned; wait for that, and force it when a client died before its container.
        for (int attempt = 0; attempt < 50 && containerExists(name); attempt++) {
          if (attempt == 5) {
            docker("rm", "--force", name);
          }
          pause(200);
        }
      }
    };
  }

  /** Checks that the engine answers and the image is there, so no shard fails for that reason. */
  Optional<String> problem() {
    Result version = docker("version", "--format", "{{.Server.Version}}");
    if (version.exitCode() != 0) {
      return Optional.of("the Docker engine does not answer: " + version.output().strip());
    }
    Result image = docker("image", "inspect", "--format", "{{.Id}}", settings.image());
    if (image.exitCode() != 0) {
      return Optional.of(
          "Docker image '"
              + settings.image()
              + "' is not available locally: build or pull it first");
    }
    return Optional.empty();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private boolean containerExists(String name) {
    Result r = docker("container", "inspect", "--format", "{{.Id}}", name);
    return r.exitCode() == 0;
  }

  private record Result(int exitCode, String output) {}

  private Result docker(String... args) {
    List<String> argv = new ArrayList<>();
    argv.add(settings.docker());
    argv.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(argv).redirectErrorStream(true).start();
      byte[] out = p.getInputStream().readAllBytes();
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        return new Result(-1, "docker " + args[0] + " did not answer within 60 s");
      }
      return new Result(p.exitValue(), new String(out, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      return new Result(-1, "cannot run " + settings.docker() + ": " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new Result(-1, "interrupted");
    }
  }
}
