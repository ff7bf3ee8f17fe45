package dev.paralleltests.core.run;

import dev.paralleltests.core.junit.SecureXml;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Counts the test cases in the JUnit XML files under a directory, for live progress and the shard
 * table. Files are re-read only when their size or time changes, so polling a directory every
 * second stays cheap. A file still being written simply counts as unreadable until it is complete.
 */
final class ReportCounter {

  // The reader's one hardened factory: a shard's reports are untrusted input like any other.
  private static final XMLInputFactory FACTORY = SecureXml.inputFactory();

  private record Seen(long size, long modified, TestCount count) {}

  private final Map<Path, Seen> cache = new HashMap<>();

  /** Counts every {@code *.xml} file below {@code dir} (none when it does not exist). */
  synchronized TestCount count(Path dir) {
    TestCount total = TestCount.none();
    for (Path file : xmlFiles(dir)) {
      total = total.plus(countFile(file));
    }
    return total;
  }

  /** The report files below {@code dir}, sorted, for counting and for the merge. */
  static List<Path> xmlFiles(Path dir) {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(p -> p.getFileName().toString().endsWith(".xml"))
          .filter(Files::isRegularFile)
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }

  private TestCount countFile(Path file) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      long modified = attrs.lastModifiedTime().toMillis();
      Seen seen = cache.get(file);
      if (seen != null && seen.size() == attrs.size() && seen.modified() == modified) {
        return seen.count();
      }
      TestCount count = read(file);
      cache.put(file, new Seen(attrs.size(), modified, count));
      return count;
    } catch (IOException e) {
      return new TestCount(0, 0, 0, 1, 1);
    }
  }

  /** Reads one file: test cases and their direct failure, error or skipped children. */
  static TestCount read(Path file) {
    int tests = 0;
    int failed = 0;
    int skipped = 0;
    try (InputStream in = Files.newInputStream(file)) {
      XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
      try {
        int depthInCase = 0;
        boolean caseFailed = false;
        boolean caseSkipped = false;
        while (xml.hasNext()) {
          int event = xml.next();
          if (event == XMLStreamConstants.START_ELEMENT) {
            String name = xml.getLocalName();
            if (depthInCase == 0 && name.equals("testcase")) {
              depthInCase = 1;
              caseFailed = false;
              caseSkipped = false;
            } else if (depthInCase > 0) {
              if (depthInCase == 1) {
                caseFailed |= name.equals("failure") || name.equals("error");
                caseSkipped |= name.equals("skipped");
              }
              depthInCase++;
            }
          } else if (event == XMLStreamConstants.END_ELEMENT && depthInCase > 0) {
            depthInCase--;
            if (depthInCase == 0) {
              tests++;
              if (caseFailed) {
                failed++;
              } else if (caseSkipped) {
                skipped++;
              }
            }
          }
        }
      } finally {
        xml.close();
      }
      return new TestCount(tests, failed, skipped, 1, 0);
    } catch (IOException | XMLStreamException e) {
      return new TestCount(0, 0, 0, 1, 1);
    }
  }
}
