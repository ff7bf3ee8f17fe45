package dev.paralleltests.core.history;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A separate JVM that replaces one file with {@link AtomicFiles}, for the test that watches its
 * system calls. Arguments: {@code FILE TEXT}.
 */
public final class AtomicWriteProcess {
  private AtomicWriteProcess() {}

  public static void main(String[] args) throws Exception {
    AtomicFiles.write(Path.of(args[0]), out -> out.write(args[1].getBytes(StandardCharsets.UTF_8)));
    System.out.println("written");
  }
}
