package dev.paralleltests.core.merge;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The merged report while it is written. Its root element carries the run's totals, known only once
 * every report was read, so the suites are spooled to a temporary file beside the output as the
 * reports are read (each report is read once); at the end the root element is written to a second
 * temporary file, the spooled suites are copied after it (by the kernel, without passing through
 * the JVM), and that file is moved onto the output. The output is untouched until then, and both
 * temporary files are deleted whatever happens. Writing the file twice costs disk space and a copy
 * in the page cache, not a second reading and parsing of every report.
 */
final class MergedFile implements AutoCloseable {

  /** Writes the root element's start tag and attributes, on a fresh writer. */
  interface Root {
    void write(XmlOut xml) throws IOException;
  }

  private final Path output;
  private final Path spool;
  private final OutputStream spoolOut;
  private final XmlOut suites;
  private Path whole;

  private MergedFile(Path output, Path spool, OutputStream spoolOut) {
    this.output = output;
    this.spool = spool;
    this.spoolOut = spoolOut;
    this.suites = new XmlOut(spoolOut, 1);
  }

  /**
   * Starts a merged report at {@code output} (absolute and normalized).
   *
   * @throws MergeException when the output is a directory or its directory cannot be written
   */
  static MergedFile create(Path output) throws MergeException {
    if (Files.isDirectory(output)) {
      throw new MergeException("cannot write merged report " + output + ": it is a directory");
    }
    Path spool = createTemp(output, ".suites.tmp");
    try {
      return new MergedFile(output, spool, Files.newOutputStream(spool));
    } catch (IOException | RuntimeException e) {
      deleteQuietly(spool);
      throw cannotWrite(output, e);
    }
  }

  /** Where the suites go, in order, inside the root element. */
  XmlOut suites() {
    return suites;
  }

  /**
   * Writes the root element around the suites written so far and moves the whole onto the output.
   */
  void complete(Root root) throws MergeException {
    try {
      suites.flush();
      spoolOut.close();
    } catch (IOException e) {
      throw cannotWrite(output, e);
    }
    whole = createTemp(output, ".tmp");
    try (FileChannel target = FileChannel.open(whole, StandardOpenOption.WRITE);
        FileChannel source = FileChannel.open(spool, StandardOpenOption.READ)) {
      XmlOut xml = new XmlOut(Channels.newOutputStream(target));
      xml.declaration();
      root.write(xml);
      long size = source.size();
      if (size > 0) {
        xml.beforeDirectContent();
        for (long done = 0; done < size; ) {
          done += source.transferTo(done, size - done, target);
        }
      }
      xml.end("testsuites", false);
      xml.finish();
    } catch (IOException e) {
      throw cannotWrite(output, e);
    }
    moveInPlace(whole, output);
  }

  /** Deletes what is left of the temporary files. */
  @Override
  public void close() {
    try {
      spoolOut.close();
    } catch (IOException ignored) {
      // only the spooled copy, deleted next
    }
    deleteQuietly(spool);
    if (whole != null) {
      deleteQuietly(whole);
    }
  }

  private static Path createTemp(Path output, String suffix) throws MergeException {
    Path dir = output.getParent();
    try {
      if (dir != null) {
        Files.createDirectories(dir);
      }
      // Not Files.createTempFile: its owner-only mode would stick to the renamed file, unlike
      // the reports written beside it with the user's umask.
      return Files.createFile(
          (dir == null ? Path.of(".") : dir)
              .resolve(
                  "."
                      + output.getFileName()
                      + "."
                      + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36)
                      + suffix));
    } catch (IOException | SecurityException e) {
      throw cannotWrite(output, e);
    }
  }

  private static void moveInPlace(Path temp, Path output) throws MergeException {
    try {
      try {
        Files.move(
            temp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, output, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw cannotWrite(output, e);
    }
  }

  private static MergeException cannotWrite(Path output, Exception e) {
    return new MergeException(
        "cannot write merged report " + output + ": " + JUnitMerger.describe(e), e);
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // a temporary file in the output directory; nothing more to do
    }
  }
}
