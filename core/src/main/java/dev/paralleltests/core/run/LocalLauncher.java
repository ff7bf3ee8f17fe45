package dev.paralleltests.core.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs a shard as a local process tree in the working directory (or the shard's own copy of it), in
 * its own process group; an {@link OrphanWatchdog} takes the groups down if this JVM dies without
 * killing them.
 */
final class LocalLauncher implements ShardLauncher {

  private final RunConfig config;
  private final boolean processGroups;
  private final OrphanWatchdog watchdog;

  LocalLauncher(RunConfig config) {
    this.config = config;
    this.processGroups = ProcessTree.canUseProcessGroups();
    this.watchdog = processGroups ? OrphanWatchdog.start() : null;
  }

  @Override
  public void close() {
    if (watchdog != null) {
      watchdog.close();
    }
  }

  @Override
  public Started start(ShardWork work, List<String> command, Map<String, String> env)
      throws IOException {
    Path workDir = config.runDir(work);
    requireExecutable(workDir, command.get(0));
    List<String> argv = new ArrayList<>();
    if (processGroups) {
      // Not a group leader (the JVM forked it), so setsid execs in place: same pid, new group.
      argv.add(ProcessTree.SETSID.toString());
    }
    argv.addAll(command);
    ProcessBuilder builder =
        new ProcessBuilder(argv)
            .directory(workDir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.appendTo(work.logFile().toFile()))
            .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
    builder.environment().putAll(env);
    Process process = builder.start();
    if (watchdog != null) {
      watchdog.watch(process.pid());
    }
    return new Started() {
      @Override
      public Process process() {
        return process;
      }

      @Override
      public void kill() {
        ProcessTree.kill(process, processGroups, 2_000);
      }

      @Override
      public void cleanUp() {
        if (watchdog != null && !process.isAlive()) {
          watchdog.forget(process.pid());
        }
      }
    };
  }

  /** Fails early with a clear message, rather than a shard whose log says "not found". */
  private static void requireExecutable(Path workDir, String program) throws IOException {
    if (program.contains("/")) {
      Path path = workDir.resolve(program);
      if (!java.nio.file.Files.isExecutable(path)) {
        throw new IOException("command not found or not executable: " + program);
      }
      return;
    }
    String pathVar = System.getenv().getOrDefault("PATH", "");
    for (String dir : pathVar.split(java.io.File.pathSeparator)) {
      if (!dir.isEmpty() && java.nio.file.Files.isExecutable(Path.of(dir, program))) {
        return;
      }
    }
    throw new IOException("command not found on PATH: " + program);
  }

  static java.io.File nullDevice() {
    return new java.io.File(
        System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
  }
}
