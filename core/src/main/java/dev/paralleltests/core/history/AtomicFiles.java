package dev.paralleltests.core.history;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Replaces a file so that a reader sees either the old content or the whole new content, never a
 * part: write a temporary file in the same directory, force it to disk, rename it over the target.
 * A writer killed half-way leaves only a stray temporary file, which readers ignore.
 */
final class AtomicFiles {

  /** Temporary files start with this, so that a directory listing can skip (and clean) them. */
  static final String TEMP_PREFIX = ".tmp-";

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  static void write(Path target, Content content) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    // Not Files.createTempFile: its owner-only permissions would stick to the renamed file.
    Path temp = dir.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part");
    boolean moved = false;
    try {
      try (FileChannel channel =
          FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW)) {
        OutputStream out = Channels.newOutputStream(channel);
        content.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        // Same directory, so this only happens on exotic file systems; still never torn for
        // readers on POSIX, where a plain replace is a rename too.
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
      forceDirectory(dir);
    } finally {
      if (!moved) {
        Files.deleteIfExists(temp);
      }
    }
  }

  // The rename is durable only once the directory entry is on disk. Windows cannot open a
  // directory as a channel; there the rename is as durable as the OS makes it.
  private static void forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // best effort, see above
    }
  }
}
