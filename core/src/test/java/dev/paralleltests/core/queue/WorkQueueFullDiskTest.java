package dev.paralleltests.core.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.SmallDisk;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A queue whose disk fills up: a real 256 KiB tmpfs (mounting needs root; skipped with a message
 * otherwise). A claim whose state cannot be written hands nothing out, says which file it could not
 * write and why, and leaves the previous state file whole and no temporary file.
 */
class WorkQueueFullDiskTest {

  @TempDir Path dir;
  private Path disk;
  private SmallDisk small;
  private final Plans.Clock clock = new Plans.Clock();

  @BeforeEach
  void mountSmallDisk() throws Exception {
    small = SmallDisk.mountUnder(dir);
    disk = small.path();
  }

  @AfterEach
  void unmount() {
    if (small != null) {
      small.close();
    }
  }

  @Test
  void aClaimThatCannotBeWrittenHandsNothingOutAndKeepsTheStateFile() throws IOException {
    Path stateFile = disk.resolve("queue.json");
    WorkQueue q =
        WorkQueue.create(Plans.plan(30, 3), QueueSettings.defaults(), stateFile, clock::get);
    byte[] before = Files.readAllBytes(stateFile);
    fill(disk.resolve("filler"));

    assertThatThrownBy(() -> q.claim(1))
        .isInstanceOf(IOException.class)
        .hasMessage("cannot write the queue state " + stateFile + ": No space left on device");

    assertThat(q.batches()).isEmpty();
    assertThat(stateFile).hasBinaryContent(before);
    assertThat(WorkQueue.open(stateFile, clock::get).batches()).isEmpty();
    try (Stream<Path> files = Files.list(disk)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("queue.json", "filler");
    }
  }

  private static void fill(Path filler) {
    byte[] block = new byte[4096];
    try (OutputStream out = Files.newOutputStream(filler)) {
      while (true) {
        out.write(block);
      }
    } catch (IOException full) {
      // the disk is full
    }
  }
}
