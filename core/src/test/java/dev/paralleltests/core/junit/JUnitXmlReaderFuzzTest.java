package dev.paralleltests.core.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Coverage-guided fuzzing of the JUnit XML reader. Whatever bytes a report holds, the reader never
 * throws; it delivers cases and counts them truthfully, every problem names the file, nothing
 * follows a fatal problem, and a document that the JDK's own parser rejects as not well-formed is
 * never read as a clean report. Without {@code JAZZER_FUZZ=1} this runs once over each committed
 * input in {@code JUnitXmlReaderFuzzTestInputs/<method>/}.
 */
class JUnitXmlReaderFuzzTest {

  private static Path dir;

  @BeforeAll
  static void createDirectory() throws IOException {
    dir = Files.createTempDirectory("reader-fuzz");
  }

  @AfterAll
  static void deleteDirectory() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path p : files.toList()) {
        Files.deleteIfExists(p);
      }
    }
    Files.deleteIfExists(dir);
  }

  @FuzzTest(maxDuration = "150s")
  void readsAnyFileWithoutThrowing(byte[] data) throws IOException {
    Path file = dir.resolve("TEST-fuzz.xml");
    Files.write(file, data);
    for (JUnitXmlReader reader : List.of(JUnitXmlReader.full(), JUnitXmlReader.timingsOnly())) {
      Events events = new Events();
      ReadResult result = reader.read(file, events);
      checkConsistent(result, events, file);
      if (!result.problems().isEmpty() || data.length == 0) {
        continue;
      }
      assertThat(wellFormedForTheJdk(data))
          .as("a report the JDK parser rejects was read without any problem")
          .isTrue();
    }
  }

  @FuzzTest(maxDuration = "150s")
  void readsAnyStreamWithoutThrowing(byte[] data) {
    Path name = Path.of("stream-fuzz.xml");
    Events events = new Events();
    ReadResult result =
        JUnitXmlReader.full()
            .withMaxTextLength(64)
            .read(new ByteArrayInputStream(data), name, events);
    checkConsistent(result, events, name);
  }

  private static void checkConsistent(ReadResult result, Events events, Path file) {
    assertThat(result.file()).isEqualTo(file);
    assertThat(result.cases()).isEqualTo(events.cases);
    assertThat(result.suites()).isEqualTo(events.suites);
    assertThat(events.problems).containsExactlyElementsOf(result.problems());
    for (ReportProblem p : result.problems()) {
      assertThat(p.location().file()).isEqualTo(file);
      assertThat(p.message()).isNotBlank();
    }
    assertThat(events.eventAfterFatal).as("an event after a fatal problem").isFalse();
  }

  /** The JDK's own parser, hardened the same way (no DTD), as an independent oracle. */
  private static boolean wellFormedForTheJdk(byte[] data) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setNamespaceAware(true);
      var builder = f.newDocumentBuilder();
      builder.setErrorHandler(new DefaultHandler());
      builder.parse(new ByteArrayInputStream(data));
      return true;
    } catch (Exception e) {
      return false;
    }
  }

  /** Counts what the reader delivered, and notices anything delivered after a fatal problem. */
  private static final class Events implements ReportListener {
    long cases;
    long suites;
    final List<ReportProblem> problems = new ArrayList<>();
    boolean fatal;
    boolean eventAfterFatal;

    @Override
    public void onCase(ReportedCase testCase) {
      eventAfterFatal |= fatal;
      assertThat(testCase).isNotNull();
      cases++;
    }

    @Override
    public void onSuite(ReportedSuite suite) {
      eventAfterFatal |= fatal;
      suites++;
    }

    @Override
    public void onProblem(ReportProblem problem) {
      eventAfterFatal |= fatal;
      problems.add(problem);
      fatal |= problem.fatal();
    }
  }
}
