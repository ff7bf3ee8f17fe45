package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replacing a file atomically and durably, on the real file system. */
class AtomicFilesTest {

  @TempDir Path dir;

  private static void write(Path file, String text) throws IOException {
    AtomicFiles.write(file, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> names(Path directory) throws IOException {
    try (Stream<Path> s = Files.list(directory)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void shouldReplaceTheFileWithTheWholeNewContentAndLeaveNoTemporaryFile() throws IOException {
    Path file = dir.resolve("state.json");
    write(file, "old");

    write(file, "new");

    assertThat(file).hasContent("new");
    assertThat(names(dir)).containsExactly("state.json");
  }

  @Test
  void shouldCreateMissingParentDirectories() throws IOException {
    Path file = dir.resolve("a/b/state.json");

    write(file, "x");

    assertThat(file).hasContent("x");
  }

  @Test
  void shouldForceADirectoryWhereThePlatformCanOpenOne() {
    Assumptions.assumeFalse(isWindows(), "Windows cannot open a directory as a channel");

    assertThat(AtomicFiles.forceDirectory(dir)).isTrue();
  }

  @Test
  void shouldSkipADirectoryItCannotOpenWithoutAnError() {
    assertThat(AtomicFiles.forceDirectory(dir.resolve("gone"))).isFalse();
  }

  /**
   * Watches a real write's system calls with strace (skipped, with a message, where there is none):
   * the temporary file is forced, renamed over the target, and then the directory holding the
   * target is opened and forced, in that order, by the writing thread.
   */
  @Test
  void shouldForceTheDirectoryAfterTheRename() throws Exception {
    Assumptions.assumeTrue(
        System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux"), "Linux only");
    Assumptions.assumeTrue(
        available("strace", "-f", "-o", "/dev/null", "true"), "no working strace on this machine");
    Path sub = Files.createDirectories(dir.resolve("state"));
    Path file = sub.resolve("queue.json");
    write(file, "old");
    Path trace = dir.resolve("trace.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p =
        new ProcessBuilder(
                "strace",
                "-f",
                "-qq",
                "-e",
                "trace=openat,open,rename,renameat,renameat2,fsync,fdatasync",
                "-o",
                trace.toString(),
                java,
                "-XX:TieredStopAtLevel=1",
                "-cp",
                System.getProperty("java.class.path"),
                AtomicWriteProcess.class.getName(),
                file.toString(),
                "new")
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(file).hasContent("new");

    List<String> calls = Files.readAllLines(trace);
    String target = Pattern.quote("\"" + file + "\"");
    int renamed = indexOf(calls, 0, "rename\\w*\\(.*\"[^\"]*\\.part\", .*" + target);
    assertThat(renamed).as("the rename over %s in%n%s", file, tail(calls)).isNotNegative();
    String pid = calls.get(renamed).split("\\s+")[0];
    int opened =
        indexOf(
            calls,
            renamed,
            "^" + pid + "\\s+open\\w*\\(.*\"" + Pattern.quote(sub.toString()) + "\"");
    assertThat(opened).as("the directory opened after the rename in%n%s", tail(calls)).isPositive();
    // With several threads traced, a call may be split: "openat(... <unfinished ...>", then
    // "<... openat resumed>) = 7" on a later line of the same thread.
    int result = indexOf(calls, opened, "^" + pid + "\\s+.*= -?\\d+");
    Matcher fd = Pattern.compile("= (-?\\d+)").matcher(calls.get(result));
    assertThat(fd.find()).isTrue();
    assertThat(Integer.parseInt(fd.group(1))).as(calls.get(result)).isNotNegative();
    int forced = indexOf(calls, result, "^" + pid + "\\s+fsync\\(" + fd.group(1) + "[)<\\s]");
    assertThat(forced).as("fsync of the directory in%n%s", tail(calls)).isPositive();
  }

  private static int indexOf(List<String> lines, int from, String regex) {
    Pattern pattern = Pattern.compile(regex);
    for (int i = from; i < lines.size(); i++) {
      if (pattern.matcher(lines.get(i)).find()) {
        return i;
      }
    }
    return -1;
  }

  private static String tail(List<String> lines) {
    List<String> last =
        new ArrayList<>(lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    return String.join("\n", last);
  }

  private static boolean isWindows() {
    return System.getProperty("os.name").toLowerCase(Locale.ROOT).startsWith("windows");
  }

  private static boolean available(String... command) {
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
