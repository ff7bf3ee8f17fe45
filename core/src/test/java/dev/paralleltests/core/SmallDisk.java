package dev.paralleltests.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * A 256 KiB tmpfs mounted for one test: a real file system that fills up, for what a full disk does
 * to a write. Mounting needs root; where it cannot be mounted, the test is skipped (an assumption,
 * whose reason {@link SkipNotices} prints).
 */
public final class SmallDisk implements AutoCloseable {
  private final Path path;

  private SmallDisk(Path path) {
    this.path = path;
  }

  /** Mounts one at {@code small-disk} under {@code dir}, or skips the test. */
  public static SmallDisk mountUnder(Path dir) throws IOException {
    Path disk = Files.createDirectories(dir.resolve("small-disk"));
    Assumptions.assumeTrue(
        run("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk.toString()),
        "cannot mount a 256 KiB tmpfs (needs root)");
    return new SmallDisk(disk);
  }

  /** Where it is mounted. */
  public Path path() {
    return path;
  }

  @Override
  public void close() {
    run("umount", path.toString());
  }

  private static boolean run(String... command) {
    try {
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
