package dev.paralleltests.core.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportProblem;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.junit.ReportedSuite;
import dev.paralleltests.core.junit.SuiteDetails;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReadAheadTest {
  @TempDir Path dir;

  /** Every event of a listener, as text, in the order delivered. */
  private static final class Log implements ReportListener {
    final List<String> events = new ArrayList<>();

    @Override
    public void onCase(ReportedCase c) {
      events.add("case " + c.location() + " " + c.className() + "#" + c.name());
    }

    @Override
    public void onSuite(ReportedSuite s) {
      events.add("suite " + s.location() + " " + s.name());
    }

    @Override
    public void onSuiteDetails(ReportedSuite s, SuiteDetails d) {
      events.add("details " + s.name() + " " + d);
    }

    @Override
    public void onProblem(ReportProblem p) {
      events.add("problem " + p);
    }
  }

  private List<Path> reports(int count) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int f = 0; f < count; f++) {
      StringBuilder xml = new StringBuilder("<testsuite name=\"S" + f + "\" time=\"1\">\n");
      for (int c = 0; c < 20; c++) {
        xml.append("<testcase classname=\"C").append(f).append("\" name=\"t").append(c);
        xml.append(c % 7 == 0 ? "\"><failure message=\"m\">x</failure></testcase>\n" : "\"/>\n");
      }
      // every fifth file is cut off: a problem after some cases
      files.add(
          Files.writeString(
              dir.resolve("r" + f + ".xml"), f % 5 == 4 ? xml.toString() : xml + "</testsuite>"));
    }
    return files;
  }

  @Test
  void deliversEveryFilesEventsInOrderAsADirectReadDoes() throws IOException {
    List<Path> files = reports(40);
    ReportSource source = JUnitXmlReader.full()::read;
    Log direct = new Log();
    files.forEach(f -> source.read(f, direct));

    Log ahead = new Log();
    try (ReadAhead readAhead = ReadAhead.of(source, files)) {
      files.forEach(f -> readAhead.read(f, ahead));
    }

    assertThat(ahead.events).hasSize(direct.events.size()).isEqualTo(direct.events);
    assertThat(ahead.events).anyMatch(e -> e.startsWith("problem"));
  }

  @Test
  void aSourceThatThrowsThrowsOnTheMergesThreadAfterTheFilesBefore() throws IOException {
    List<Path> files = reports(4);
    ReportSource source =
        (file, listener) -> {
          if (file.equals(files.get(2))) {
            throw new IllegalArgumentException("broken source");
          }
          JUnitXmlReader.full().read(file, listener);
        };
    Log log = new Log();
    try (ReadAhead readAhead = ReadAhead.of(source, files)) {
      readAhead.read(files.get(0), log);
      readAhead.read(files.get(1), log);

      assertThatThrownBy(() -> readAhead.read(files.get(2), log))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("broken source");
    }
    assertThat(log.events).anyMatch(e -> e.contains(" C1#")).noneMatch(e -> e.contains(" C2#"));
  }

  @Test
  void refusesToReadOutOfOrder() throws IOException {
    List<Path> files = reports(3);
    try (ReadAhead readAhead = ReadAhead.of(JUnitXmlReader.full()::read, files)) {
      assertThatThrownBy(() -> readAhead.read(files.get(1), new Log()))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("out of order");
    }
  }
}
