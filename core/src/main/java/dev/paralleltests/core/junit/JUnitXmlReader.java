package dev.paralleltests.core.junit;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads JUnit XML reports as the common runners write them (Maven Surefire and Failsafe, Gradle,
 * pytest, Jest, Playwright, go-junit-report, Mocha), streaming: each {@code <testcase>} is handed
 * to the {@link ReportListener} when its element ends, each {@code <testsuite>} when it ends, and
 * nothing else is kept, so heap grows with the largest single case, never with the file.
 *
 * <p>Accepted: a {@code <testsuites>} or {@code <testsuite>} root, nested suites, CDATA, any
 * encoding the document declares, {@code time} as {@code 1.5}, {@code 1,234.5} or {@code 1,5}.
 * Times that are empty, negative or {@code NaN} become unknown (an empty duration plus a note),
 * never 0. The outcome comes from {@code <error>}, {@code <failure>} or {@code <skipped>}, in that
 * order of precedence; Surefire's rerun elements ({@code flakyFailure}, {@code rerunFailure},
 * {@code flakyError}, {@code rerunError}) are kept as problems of their own kinds.
 *
 * <p>Bad input never throws: malformed or truncated XML, binary junk, an empty file, a wrong root
 * element, a DOCTYPE (refused: DTDs and entities are disabled) or an unreadable file each give a
 * fatal {@link ReportProblem} naming the file and line. Bytes that are not valid in the declared
 * encoding (a Latin-1 name in a UTF-8 file) are read as U+FFFD replacement characters, with a
 * non-fatal problem naming the first case that holds them, so no case is lost to one bad byte (the
 * file is read a second time for that); {@link #withStrictDecoding()} makes them fatal at that case
 * instead. <b>Every case that ended before the fatal point has already been delivered</b>; only the
 * case (and the suites) open at that point are not. Callers read files one by one, so a broken file
 * never stops the others. Exceptions thrown by the listener itself propagate unchanged.
 *
 * <p>Two modes: {@link #full()} keeps everything a merged report needs (failure texts, {@code
 * system-out}/{@code system-err}, properties); {@link #timingsOnly()} keeps names, times, outcomes
 * and problem types/messages, and skips bodies cheaply. Instances are immutable and thread-safe.
 */
public final class JUnitXmlReader {

  /** Longest text kept per element in full mode: 4 Mi characters (about 8 MB of heap). */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 4 * 1024 * 1024;

  /** Non-fatal notes reported one by one per file; the rest are counted in one summary note. */
  static final int MAX_NOTES_PER_FILE = 50;

  private static final XMLInputFactory FACTORY = SecureXml.inputFactory();

  private final boolean keepDetails;
  private final int maxTextLength;
  private final boolean lenientDecoding;

  private JUnitXmlReader(boolean keepDetails, int maxTextLength, boolean lenientDecoding) {
    this.keepDetails = keepDetails;
    this.maxTextLength = maxTextLength;
    this.lenientDecoding = lenientDecoding;
  }

  /** A reader that keeps every detail of each case: what merging reports needs. */
  public static JUnitXmlReader full() {
    return new JUnitXmlReader(true, DEFAULT_MAX_TEXT_LENGTH, true);
  }

  /**
   * A reader that keeps names, times, outcomes and each problem's kind, type and message, and skips
   * texts, outputs and properties: what timing history needs, and faster.
   */
  public static JUnitXmlReader timingsOnly() {
    return new JUnitXmlReader(false, 0, true);
  }

  /**
   * The same reader with another limit on kept text per element (failure text, system-out...).
   * Longer texts are cut, with a marker at the cut and a note to the listener.
   */
  public JUnitXmlReader withMaxTextLength(int maxChars) {
    if (maxChars < 0) {
      throw new IllegalArgumentException("maxTextLength must be >= 0, was " + maxChars);
    }
    return new JUnitXmlReader(keepDetails, maxChars, lenientDecoding);
  }

  /**
   * The same reader, but bytes that are not valid in the file's encoding are fatal, at the line of
   * the first case holding them and after every case before them was delivered. By default they are
   * read as U+FFFD replacement characters with a non-fatal note, and reading goes on.
   */
  public JUnitXmlReader withStrictDecoding() {
    return new JUnitXmlReader(keepDetails, maxTextLength, false);
  }

  /** True for {@link #full()} readers. */
  public boolean keepsDetails() {
    return keepDetails;
  }

  /** The longest text kept per element, in characters. */
  public int maxTextLength() {
    return maxTextLength;
  }

  /**
   * Reads one report file, delivering its cases and suites to {@code listener} as they end.
   *
   * @return counts and problems; never throws for anything wrong with the file
   */
  public ReadResult read(Path file, ReportListener listener) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(listener, "listener");
    InputStream in;
    try {
      if (Files.isDirectory(file)) {
        return failedBeforeParsing(file, listener, "is a directory, not a report file");
      }
      if (Files.size(file) == 0) {
        return failedBeforeParsing(file, listener, "is empty: not a JUnit XML report");
      }
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      return failedBeforeParsing(file, listener, "does not exist");
    } catch (IOException | SecurityException e) {
      return failedBeforeParsing(file, listener, "cannot be read: " + e);
    }
    ReportRead first = new ReportRead(file, listener, keepDetails, maxTextLength);
    first.allowLenientRetry();
    try (InputStream input = new BufferedInputStream(in, 64 * 1024)) {
      parse(first, () -> FACTORY.createXMLStreamReader(input));
    } catch (IOException e) {
      // Only close() can get here; everything read was already delivered.
    }
    if (!first.needsLenientRetry()) {
      return first.result();
    }
    return readLeniently(file, first);
  }

  /**
   * The second pass over a file with bytes its encoding does not allow, decoded with replacement
   * characters: the parser decodes a few kilobytes ahead, so the first pass stops short of cases
   * that precede the bad bytes; this pass delivers them (and, lenient, the rest). Cases the first
   * pass delivered are not delivered again.
   */
  private ReadResult readLeniently(Path file, ReportRead first) {
    Charset charset;
    try {
      charset = Charset.forName(first.detectedEncoding());
    } catch (IllegalArgumentException e) {
      return first.giveUpLenientRetry();
    }
    ReportRead second = first.lenientRetry(!lenientDecoding);
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    try (Reader reader =
        new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder), 64 * 1024)) {
      skipByteOrderMark(reader);
      parse(second, () -> FACTORY.createXMLStreamReader(reader));
    } catch (IOException e) {
      return first.giveUpLenientRetry();
    }
    return second.result();
  }

  private static void skipByteOrderMark(Reader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  /**
   * Reads a report from a stream (closed by the caller); {@code name} is used in every location.
   * The stream's bytes are decoded as the document declares (UTF-8 when it declares nothing).
   * Undecodable bytes are fatal here (a stream cannot be read twice).
   */
  public ReadResult read(InputStream input, Path name, ReportListener listener) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(listener, "listener");
    ReportRead read = new ReportRead(name, listener, keepDetails, maxTextLength);
    parse(read, () -> FACTORY.createXMLStreamReader(input));
    return read.result();
  }

  /** Opens a parser over the input. */
  private interface ParserSource {
    XMLStreamReader open() throws XMLStreamException;
  }

  private static void parse(ReportRead read, ParserSource source) {
    XMLStreamReader xml = null;
    try {
      try {
        xml = source.open();
        read.run(xml);
      } catch (ReportRead.ListenerFailure e) {
        throw e;
      } catch (XMLStreamException | RuntimeException e) {
        // RuntimeException: Woodstox's lazy parsing wraps parse errors in unchecked exceptions.
        read.fail(e, xml);
      }
    } catch (ReportRead.ListenerFailure e) {
      throw e.getCause();
    } finally {
      closeQuietly(xml);
    }
  }

  private static ReadResult failedBeforeParsing(
      Path file, ReportListener listener, String message) {
    ReportProblem problem = new ReportProblem(ReportLocation.of(file, 0), message, true);
    listener.onProblem(problem);
    return new ReadResult(file, 0, 0, List.of(problem));
  }

  private static void closeQuietly(XMLStreamReader xml) {
    if (xml == null) {
      return;
    }
    try {
      xml.close();
    } catch (XMLStreamException | RuntimeException e) {
      // Nothing was lost: closing only releases the parser's buffers.
    }
  }

  @Override
  public String toString() {
    return keepDetails ? "JUnitXmlReader.full()" : "JUnitXmlReader.timingsOnly()";
  }

  /** Collects problems for one file, capping non-fatal notes. */
  static final class Problems {
    private final List<ReportProblem> kept = new ArrayList<>();
    private int suppressed;

    boolean note() {
      if (kept.size() < MAX_NOTES_PER_FILE) {
        return true;
      }
      suppressed++;
      return false;
    }

    void add(ReportProblem problem) {
      kept.add(problem);
    }

    int suppressed() {
      return suppressed;
    }

    List<ReportProblem> all() {
      return kept;
    }
  }
}
