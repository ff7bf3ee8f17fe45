package dev.paralleltests.core.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Heap does not grow with the report: large files are generated on the fly (deleted with the temp
 * directory) and read in a fresh JVM with a small -Xmx, which also measures the heap after GC.
 */
class JUnitXmlReaderMemoryTest {

  private static final long MB = 1024 * 1024;

  @TempDir Path dir;

  @Test
  void shouldStreamA200MegabyteReportInA32MegabyteHeap() throws Exception {
    Path report = dir.resolve("large.xml");
    long written = LargeReports.write(report, 200 * MB);

    List<String> out = runWithSmallHeap("-Xmx32m", report);

    assertThat(written).isGreaterThan(400_000);
    assertThat(out.get(0)).isEqualTo("cases=" + written + " kept=400 complete=true");
    // A reader that kept cases (about 200 bytes each) would hold more than 80 MB, and fail first.
    long growthKib = Long.parseLong(out.get(1));
    System.out.println(
        "200 MB report in -Xmx32m: heap growth after GC at most " + growthKib + " KiB");
    assertThat(growthKib).as("heap growth after GC, KiB").isLessThan(8 * 1024);
  }

  @Test
  void shouldReadAHundredMegabyteTextNodeInBoundedMemory() throws Exception {
    Path report = dir.resolve("huge-text.xml");
    LargeReports.writeHugeTextNode(report, 100 * MB);

    List<String> out = runWithSmallHeap("-Xmx64m", report);

    long cut = 100 * MB - JUnitXmlReader.DEFAULT_MAX_TEXT_LENGTH;
    String marker = "\n[parallel-tests: " + cut + " more characters cut]";
    assertThat(out.get(0))
        .isEqualTo(
            "cases=2 kept="
                + (JUnitXmlReader.DEFAULT_MAX_TEXT_LENGTH + marker.length())
                + " complete=true");
  }

  /** Runs {@link BoundedMemoryRead} in a fresh JVM and returns the lines it printed. */
  private static List<String> runWithSmallHeap(String xmx, Path report) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    xmx,
                    "-XX:+UseSerialGC",
                    "-cp",
                    System.getProperty("java.class.path"),
                    BoundedMemoryRead.class.getName(),
                    report.toString()))
            .redirectErrorStream(true)
            .start();
    boolean done = process.waitFor(60, TimeUnit.SECONDS);
    String out =
        new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!done) {
      process.destroyForcibly();
    }
    assertThat(done).as("finished in time").isTrue();
    assertThat(process.exitValue()).as(out).isZero();
    return out.lines().toList();
  }
}
