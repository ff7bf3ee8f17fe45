package dev.paralleltests.core.run;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Takes the shards' process groups down when this JVM dies, even by {@code SIGKILL}, when no
 * shutdown hook runs. Each shard leads its own process group (so that a timeout kills everything it
 * started), which also means that nothing else would end it.
 *
 * <p>A small shell reads the groups' IDs from a pipe whose only writer is this JVM. When the JVM
 * ends, however it ends, the kernel closes the pipe; the shell reads end-of-file and kills the
 * groups still listed (TERM, then KILL two seconds later). A shard that ended is taken off the
 * list, so a reused process ID is never signalled. The shell ignores the terminal's signals: a
 * Ctrl-C reaches it too, and it must outlive the JVM. Java offers no parent-death signal, and a
 * pipe needs no native code.
 */
final class OrphanWatchdog implements AutoCloseable {

  private static final Path SH = Path.of("/bin/sh");

  // +PID adds a group, -PID removes it, "done" ends the watchdog without killing. /bin/kill, not
  // dash's builtin, which takes "-PGID" after "--" for a malformed number.
  private static final String SCRIPT =
      """
      trap '' INT TERM HUP QUIT
      groups=" "
      while IFS= read -r line; do
        case "$line" in
          done) exit 0 ;;
          +*) groups="$groups${line#+} " ;;
          -*) groups=$(printf '%s' "$groups" | sed "s/ ${line#-} / /") ;;
        esac
      done
      [ -z "${groups# }" ] && exit 0
      for g in $groups; do /bin/kill -TERM -- "-$g" 2>/dev/null; done
      sleep 2
      for g in $groups; do /bin/kill -KILL -- "-$g" 2>/dev/null; done
      """;

  private final Process shell;
  private final OutputStream pipe;

  private OrphanWatchdog(Process shell) {
    this.shell = shell;
    this.pipe = shell.getOutputStream();
  }

  /** Starts the watchdog, or returns {@code null} where there is no {@code /bin/sh} or kill. */
  static OrphanWatchdog start() {
    if (!Files.isExecutable(SH) || !Files.isExecutable(Path.of("/bin/kill"))) {
      return null;
    }
    try {
      Process shell =
          new ProcessBuilder(SH.toString(), "-c", SCRIPT)
              .redirectOutput(ProcessBuilder.Redirect.DISCARD)
              .redirectError(ProcessBuilder.Redirect.DISCARD)
              .start();
      return new OrphanWatchdog(shell);
    } catch (IOException e) {
      return null; // Shutdown hooks and timeouts still kill the shards.
    }
  }

  /** Watches the process group that {@code pid} leads. */
  synchronized void watch(long pid) {
    send("+" + pid);
  }

  /** Stops watching the group of {@code pid}: it has ended. */
  synchronized void forget(long pid) {
    send("-" + pid);
  }

  /** Ends the watchdog without killing anything: the run ended normally. */
  @Override
  public synchronized void close() {
    send("done");
    try {
      pipe.close();
    } catch (IOException e) {
      shell.destroy();
    }
  }

  private void send(String line) {
    try {
      pipe.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
      pipe.flush();
    } catch (IOException e) {
      // The watchdog has gone; shutdown hooks and timeouts still kill the shards.
    }
  }
}
