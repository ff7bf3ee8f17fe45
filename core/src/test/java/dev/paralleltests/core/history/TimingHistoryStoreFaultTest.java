package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.SmallDisk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recording into a history on a full disk: a real 256 KiB tmpfs (mounting needs root; skipped with
 * a message otherwise). The build that does not fit fails with an error naming where it was going,
 * leaves no partial or temporary file, and the builds recorded before stay readable.
 */
class TimingHistoryStoreFaultTest {

  @TempDir Path dir;
  private Path disk;
  private SmallDisk small;

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
  void aBuildThatDoesNotFitFailsClearlyAndLeavesThePreviousBuildsIntact() throws Exception {
    TimingHistoryStore store = TimingHistoryStore.at(disk.resolve("history"));
    store.record(Builds.build(1).unit("a.ATest", 100).unit("b.BTest", 200).done());
    Builds big = Builds.build(2);
    for (int i = 0; i < 20_000; i++) {
      big.test("com.example.pkg" + (i % 50) + ".SomeLongishClassNameTest" + i, "test" + i, i);
    }

    assertThatThrownBy(() -> store.record(big.done()))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(disk.toString());

    assertThat(files(disk.resolve("history"))).containsExactly(store.fileFor("1"));
    HistoryLoad load = store.load();
    assertThat(load.warnings()).isEmpty();
    assertThat(BuildTimingsFile.read(store.fileFor("1")).id()).isEqualTo("1");
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }
}
