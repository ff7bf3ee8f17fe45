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
 * Replaces a file durably and so that a reader sees either the old content or the whole new
 * content, never a part: write a temporary file in the same directory, force it to disk, rename it
 * over the target, force the directory. A writer killed half-way leaves only a stray temporary
 * file, which readers ignore. The history's files and the queue's state file are written this way.
 */
public final class AtomicFiles {

  /** Temporary files start with this, so that a directory listing can skip (and clean) them. */
  static final String TEMP_PREFIX = ".tmp-";

  private static final SecureRandom RANDOM = new SecureRandom();

  private AtomicFiles() {}

  /** What goes into the file. */
  public interface Content {
    /** Writes the whole content to {@code out}; the stream is flushed and closed afterwards. */
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Replaces {@code target} with {@code content}, creating missing parent directories. When this
   * returns, the new content is on disk under the target's name (on file systems that honour
   * fsync), so a crash right after cannot bring the old content back.
   *
   * @throws IOException naming the target when its content cannot be written; the target is then
   *     unchanged and no temporary file is left
   */
  public static void write(Path target, Content content) throws IOException {
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
      } catch (IOException e) {
        // A full disk says only "No space left on device": name the file being written.
        if (e.getClass() == IOException.class) {
          throw new IOException("cannot write " + target + ": " + e.getMessage(), e);
        }
        throw e;
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

  /**
   * Forces the directory's entries to disk: on Linux a rename is durable only then; without it a
   * crash soon after the rename can bring back the old file (fsync(2): "Calling fsync() does not
   * necessarily ensure that the entry in the directory containing the file has also reached disk.
   * For that an explicit fsync() on a file descriptor for the directory is also needed.").
   *
   * <p>Best effort, never an error. Windows cannot open a directory as a channel (the JDK throws);
   * there the rename is as durable as the file system makes it. Some file systems (FUSE, network
   * ones) refuse fsync on a directory. And once the rename is done the new content is what readers
   * see: failing the write then would make the caller roll back its own state (the queue undoes a
   * claim) while the file keeps the new one.
   *
   * @return true when the directory was forced
   */
  static boolean forceDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
      return true;
    } catch (IOException | UnsupportedOperationException e) {
      return false;
    }
  }
}
