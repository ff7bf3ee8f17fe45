package dev.paralleltests.benchmarks;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a realistic, large Surefire-style report for {@link ReaderBenchmark}: suites of 100 cases
 * of one class; every 10th case fails with a 20-line stack trace in CDATA, every 5th has 400
 * characters of output, the rest are empty elements. About 330 bytes per case on average.
 */
final class ReaderReportGenerator {

  private static final String STACK_LINE =
      "\tat com.example.service.SomeComponent.doWork(SomeComponent.java:123)\n";

  private ReaderReportGenerator() {}

  /** Writes at least {@code bytes} bytes; returns the number of test cases written. */
  static long write(Path file, long bytes) throws IOException {
    long cases = 0;
    long written = 0;
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      StringBuilder buffer = new StringBuilder(64 * 1024);
      buffer.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n");
      for (int suite = 0; written < bytes; suite++) {
        String cls = "com.example.pkg" + (suite % 50) + ".Generated" + suite + "Test";
        buffer
            .append("  <testsuite name=\"")
            .append(cls)
            .append("\" tests=\"100\" time=\"12.5\">\n");
        for (int i = 0; i < 100; i++, cases++) {
          buffer
              .append("    <testcase classname=\"")
              .append(cls)
              .append("\" name=\"shouldDoThing")
              .append(i)
              .append("\" time=\"0.")
              .append(100 + i)
              .append('"');
          if (i % 10 == 0) {
            buffer.append(
                ">\n      <failure message=\"expected: &lt;1&gt; but was: &lt;2&gt;\""
                    + " type=\"org.opentest4j.AssertionFailedError\"><![CDATA[org.opentest4j."
                    + "AssertionFailedError: expected: <1> but was: <2>\n");
            buffer.append(STACK_LINE.repeat(20));
            buffer.append("]]></failure>\n    </testcase>\n");
          } else if (i % 5 == 0) {
            buffer
                .append(">\n      <system-out><![CDATA[")
                .append("log line output ".repeat(25))
                .append("]]></system-out>\n    </testcase>\n");
          } else {
            buffer.append("/>\n");
          }
        }
        buffer.append("  </testsuite>\n");
        written += buffer.length();
        out.append(buffer);
        buffer.setLength(0);
      }
      out.write("</testsuites>\n");
    }
    return cases;
  }
}
