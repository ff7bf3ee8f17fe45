package dev.paralleltests.core.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Kills a process and everything it started. Test runners fork (Maven forks Surefire, Gradle has
 * daemons and workers, npm starts node), so killing only the direct child leaves the tests running.
 * Two nets are used together: the descendants Java can see, and the process group that {@code
 * setsid} gave the command, which also holds children that were re-parented away from it.
 */
final class ProcessTree {

  /** {@code setsid} makes the command lead its own process group, so the group can be killed. */
  static final Path SETSID = Path.of("/usr/bin/setsid");

  private ProcessTree() {}

  /** True when commands can be started in their own process group. */
  static boolean canUseProcessGroups() {
    return Files.isExecutable(SETSID) && Files.isExecutable(Path.of("/bin/kill"));
  }

  /** Asks politely (TERM), waits up to {@code graceMillis}, then kills (KILL) what is left. */
  static void kill(Process process, boolean ownGroup, long graceMillis) {
    List<ProcessHandle> tree = process.descendants().toList();
    signalGroup(process, ownGroup, "-TERM");
    tree.forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.waitFor(graceMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    // Children forked after the first snapshot are caught by the second one and by the group.
    List<ProcessHandle> late = process.descendants().toList();
    signalGroup(process, ownGroup, "-KILL");
    tree.forEach(ProcessHandle::destroyForcibly);
    late.forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }

  private static void signalGroup(Process process, boolean ownGroup, String signal) {
    if (!ownGroup) {
      return;
    }
    try {
      Process kill =
          new ProcessBuilder("/bin/kill", signal, "--", "-" + process.pid())
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .start();
      kill.waitFor(5, TimeUnit.SECONDS);
    } catch (IOException e) {
      // The descendants are still killed one by one.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
