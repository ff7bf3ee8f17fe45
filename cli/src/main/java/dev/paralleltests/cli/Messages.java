package dev.paralleltests.cli;

import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Turns exceptions into the one-line reasons the commands print on standard error. */
final class Messages {
  private Messages() {}

  /** One line saying what went wrong with which file; never a stack trace. */
  static String describe(Throwable e) {
    if (e instanceof UncheckedIOException u && u.getCause() != null) {
      return describe(u.getCause());
    }
    if (e instanceof NoSuchFileException f) {
      return f.getFile() + ": no such file or directory";
    }
    if (e instanceof AccessDeniedException f) {
      return f.getFile() + ": permission denied";
    }
    if (e instanceof FileAlreadyExistsException f) {
      return f.getFile() + ": already exists";
    }
    if (e instanceof NotDirectoryException f) {
      return f.getFile() + ": not a directory";
    }
    if (e instanceof DirectoryNotEmptyException f) {
      return f.getFile() + ": directory not empty";
    }
    if (e instanceof FileSystemException f) {
      return f.getFile()
          + ": "
          + (f.getReason() == null ? f.getClass().getSimpleName() : f.getReason());
    }
    if (e instanceof CharacterCodingException) {
      return "not valid UTF-8 text";
    }
    String message = e.getMessage();
    if (message == null || message.isBlank()) {
      return e.getClass().getSimpleName();
    }
    String line = message.strip().replaceAll("\\s*\\R\\s*", " ");
    return line;
  }

  /** {@code n} and the noun, singular for one: "1 shard", "2 shards". */
  static String count(long n, String singular) {
    return count(n, singular, singular.equals("more") ? singular : singular + "s");
  }

  /** {@code n} and the noun, singular for one. */
  static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
