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

  private record Seen(long size, long modified, TestCount count, List<String> failed) {}

  /** One file's count and the names ({@code class.name}) of its failed tests, in file order. */
  record FileCount(TestCount count, List<String> failed) {}

  private final Map<Path, Seen> cache = new HashMap<>();

  /** Counts every {@code *.xml} file below {@code dir} (none when it does not exist). */
  synchronized TestCount count(Path dir) {
    return count(xmlFiles(dir)).count();
  }

  /** Counts these files, and names their failed tests, files in the order given. */
  synchronized FileCount count(List<Path> files) {
    TestCount total = TestCount.none();
    List<String> failed = new java.util.ArrayList<>();
    for (Path file : files) {
      FileCount one = countFile(file);
      total = total.plus(one.count());
      failed.addAll(one.failed());
    }
    return new FileCount(total, List.copyOf(failed));
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

  private FileCount countFile(Path file) {
    try {
      BasicFileAttributes attrs = Files.readAttributes(file, BasicFileAttributes.class);
      long modified = attrs.lastModifiedTime().toMillis();
      Seen seen = cache.get(file);
      if (seen != null && seen.size() == attrs.size() && seen.modified() == modified) {
        return new FileCount(seen.count(), seen.failed());
      }
      FileCount count = readWithFailures(file);
      cache.put(file, new Seen(attrs.size(), modified, count.count(), count.failed()));
      return count;
    } catch (IOException e) {
      return new FileCount(new TestCount(0, 0, 0, 1, 1), List.of());
    }
  }

  /** Reads one file: test cases and their direct failure, error or skipped children. */
  static TestCount read(Path file) {
    return readWithFailures(file).count();
  }

  /**
   * Reads one file: its count, and the names of its failed tests. A file still being written counts
   * as unreadable and names none yet; the next read, once it is complete, does.
   */
  static FileCount readWithFailures(Path file) {
    List<String> failedNames = new java.util.ArrayList<>();
    String caseName = "";
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
              String className = attribute(xml, "classname");
              String testName = attribute(xml, "name");
              caseName = className.isEmpty() ? testName : className + "." + testName;
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
                failedNames.add(caseName);
              } else if (caseSkipped) {
                skipped++;
              }
            }
          }
        }
      } finally {
        xml.close();
      }
      return new FileCount(new TestCount(tests, failed, skipped, 1, 0), List.copyOf(failedNames));
    } catch (IOException | XMLStreamException e) {
      return new FileCount(new TestCount(0, 0, 0, 1, 1), List.of());
    }
  }

  private static String attribute(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }
}
