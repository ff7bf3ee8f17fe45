package dev.paralleltests.core.junit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * A report larger than 2 GiB (more bytes and characters than an {@code int} counts), generated on
 * the fly and never written to disk: the reader streams through it and still delivers the case that
 * comes after the 2 GiB mark, with its line and time. The 200 MB heap-bound and 100 MB text-node
 * cases are in {@link JUnitXmlReaderMemoryTest}.
 */
class JUnitXmlReaderHugeStreamFaultTest {

  private static final long LINES = 21_600_000; // 100 bytes each: 2.16 GB, past 2^31
  private static final byte[] LINE = ("x".repeat(99) + "\n").getBytes(StandardCharsets.US_ASCII);

  @Test
  void shouldReadPastTwoGibibytesAndDeliverTheCaseAfterIt() {
    String head =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<testsuite name=\"huge\">\n"
            + "<testcase classname=\"a.A\" name=\"before\" time=\"1\"/>\n"
            + "<testcase classname=\"a.A\" name=\"big\" time=\"0.5\"><system-out>\n";
    String tail =
        "</system-out></testcase>\n"
            + "<testcase classname=\"a.A\" name=\"after\" time=\"2\"/>\n"
            + "</testsuite>\n";
    InputStream in =
        new SequenceInputStream(
            new SequenceInputStream(ascii(head), new RepeatedLines(LINES)), ascii(tail));
    List<ReportedCase> cases = new ArrayList<>();

    ReadResult result = JUnitXmlReader.timingsOnly().read(in, Path.of("huge.xml"), cases::add);

    assertThat(LINES * LINE.length).isGreaterThan(1L << 31);
    assertThat(result.problems()).isEmpty();
    assertThat(cases).extracting(ReportedCase::name).containsExactly("before", "big", "after");
    ReportedCase after = cases.get(2);
    assertThat(after.durationMillis()).isEqualTo(OptionalLong.of(2000));
    assertThat(after.location().line()).isEqualTo((int) (LINES + 6));
  }

  private static InputStream ascii(String s) {
    return new java.io.ByteArrayInputStream(s.getBytes(StandardCharsets.US_ASCII));
  }

  /** {@code count} lines of 100 bytes, produced as they are read. */
  private static final class RepeatedLines extends InputStream {
    private final long total;
    private long position;

    RepeatedLines(long count) {
      this.total = count * LINE.length;
    }

    @Override
    public int read() {
      return position < total ? LINE[(int) (position++ % LINE.length)] : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (position >= total) {
        return -1;
      }
      int n = (int) Math.min(len, total - position);
      for (int i = 0; i < n; i++) {
        b[off + i] = LINE[(int) ((position + i) % LINE.length)];
      }
      position += n;
      return n;
    }
  }
}
