package dev.paralleltests.core.junit;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes large but realistic Surefire-style reports on the fly, for memory tests. */
final class LargeReports {

  private static final String STACK_LINE =
      "\tat com.example.service.SomeComponent.doWork(SomeComponent.java:123)\n";

  private LargeReports() {}

  /**
   * A {@code <testsuites>} report of at least {@code bytes} bytes: suites of 100 cases of one class
   * each; every 10th case fails with a 20-line stack trace, every 5th has 400 characters of output.
   *
   * @return the number of test cases written
   */
  static long write(Path file, long bytes) throws IOException {
    long cases = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CountingWriter w = new CountingWriter(out);
      w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
      for (int suite = 0; w.count < bytes; suite++) {
        String cls = "com.example.pkg" + (suite % 50) + ".Generated" + suite + "Test";
        w.write("  <testsuite name=\"" + cls + "\" tests=\"100\" time=\"12.5\">\n");
        for (int i = 0; i < 100; i++, cases++) {
          w.write(
              "    <testcase classname=\"" + cls + "\" name=\"shouldDoThing" + i + "\" time=\"0.");
          w.write(Integer.toString(100 + i));
          w.write("\"");
          if (i % 10 == 0) {
            w.write(
                ">\n      <failure message=\"expected: &lt;1&gt; but was: &lt;2&gt;\""
                    + " type=\"org.opentest4j.AssertionFailedError\"><![CDATA[org.opentest4j."
                    + "AssertionFailedError: expected: <1> but was: <2>\n");
            for (int line = 0; line < 20; line++) {
              w.write(STACK_LINE);
            }
            w.write("]]></failure>\n    </testcase>\n");
          } else if (i % 5 == 0) {
            w.write(
                ">\n      <system-out><![CDATA["
                    + "log line output ".repeat(25)
                    + "]]></system-out>\n    </testcase>\n");
          } else {
            w.write("/>\n");
          }
        }
        w.write("  </testsuite>\n");
      }
      w.write("</testsuites>\n");
    }
    return cases;
  }

  /** One case whose {@code <system-out>} is a single text node of {@code chars} characters. */
  static void writeHugeTextNode(Path file, long chars) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "<testsuite name=\"Huge\"><testcase classname=\"Huge\" name=\"output\" time=\"1\">");
      out.write("<system-out>");
      char[] chunk = "0123456789abcdef".repeat(4096).toCharArray();
      for (long written = 0; written < chars; written += chunk.length) {
        out.write(chunk, 0, (int) Math.min(chunk.length, chars - written));
      }
      out.write("</system-out></testcase>");
      out.write("<testcase classname=\"Huge\" name=\"after\" time=\"2\"/></testsuite>\n");
    }
  }

  private static final class CountingWriter {
    private final Writer out;
    long count;

    CountingWriter(Writer out) {
      this.out = out;
    }

    void write(String s) throws IOException {
      out.write(s);
      count += s.length();
    }
  }
}
