package dev.paralleltests.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A history that cannot be written is refused with the system's reason, on a real file system. */
class HistoryAccessTest {

  @TempDir Path dir;
  private Path mounted;

  @AfterEach
  void unmount() throws Exception {
    if (mounted != null) {
      run("umount", mounted.toString());
    }
  }

  /** A real read-only file system (a tmpfs remounted read-only), or the test is skipped. */
  private Path readOnlyFileSystem() throws Exception {
    Path disk = Files.createDirectories(dir.resolve("read-only"));
    Assumptions.assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", disk.toString()),
        "cannot mount a tmpfs (needs root)");
    mounted = disk;
    Files.createDirectories(disk.resolve("history"));
    Assumptions.assumeTrue(
        run("mount", "-o", "remount,ro", disk.toString()), "cannot remount a tmpfs read-only");
    return disk;
  }

  @Test
  void aHistoryOnAReadOnlyFileSystemIsRefusedNamingThatReason() throws Exception {
    Path history = readOnlyFileSystem().resolve("history");

    CliRun record =
        CliRun.run(
            "record",
            "--history",
            history.toString(),
            "--build",
            "1",
            "src/test/resources/LauncherIT/shard-1");

    assertThat(record.exitCode()).isEqualTo(2);
    assertThat(record.err())
        .contains("--history " + history)
        .contains("not writable (read-only file system)");
  }

  private static boolean run(String... command) throws Exception {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
