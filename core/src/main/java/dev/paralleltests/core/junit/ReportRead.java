package dev.paralleltests.core.junit;

import java.io.CharConversionException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * One pass over one report: a recursive descent over the StAX events, holding only the open suites
 * and the current case. Single use.
 */
final class ReportRead {

  /** Keeps a listener's own exception apart from parse errors, so it propagates unchanged. */
  static final class ListenerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RuntimeException cause;

    ListenerFailure(RuntimeException cause) {
      super(cause);
      this.cause = cause;
    }

    @Override
    public synchronized RuntimeException getCause() {
      return cause;
    }
  }

  /** Names a case in notes; built into text only when a note is written. */
  private record CaseName(String className, String name) {
    @Override
    public String toString() {
      return "testcase '" + (className.isEmpty() ? name : className + "." + name) + "'";
    }
  }

  /** Names a suite in notes. */
  private record SuiteName(String name) {
    @Override
    public String toString() {
      return "testsuite '" + name + "'";
    }
  }

  /** An open {@code <testsuite>}: what its {@link ReportedSuite} needs when it ends. */
  private static final class OpenSuite {
    final List<String> path;
    final int line;
    final OptionalLong duration;
    final String file;
    final String timestamp;
    final String hostname;
    final Set<String> classNames = new LinkedHashSet<>();
    int directCases;
    String fileForCases = "";

    OpenSuite(
        List<String> path,
        int line,
        OptionalLong duration,
        String file,
        String timestamp,
        String hostname) {
      this.path = path;
      this.line = line;
      this.duration = duration;
      this.file = file;
      this.timestamp = timestamp;
      this.hostname = hostname;
    }
  }

  private static final String TRUNCATION_MARKER = "\n[parallel-tests: %d more characters cut]";

  private final Path file;
  private final ReportListener listener;
  private final boolean keepDetails;
  private final int maxTextLength;
  private final JUnitXmlReader.Problems problems;
  private XMLStreamReader xml;
  private long cases;
  private long suites;
  private boolean summarized;

  // Lenient retry after undecodable bytes: the first pass defers its fatal problem, the second
  // pass skips what the first delivered and notes the first case with a replacement character.
  private boolean retryAllowed;
  private String deferredDecodingError;
  private String deferredFatal;
  private int deferredLine;
  private String detectedEncoding = "UTF-8";
  private long skipCases;
  private long skipSuites;
  private boolean secondPass;
  private boolean strictDecoding;
  private String encodingPhrase;
  private boolean replacementNoted;

  /** Ends a strict second pass at the first case with undecodable bytes (already reported). */
  private static final class StopReading extends RuntimeException {
    private static final long serialVersionUID = 1L;

    StopReading() {
      super(null, null, false, false);
    }
  }

  ReportRead(Path file, ReportListener listener, boolean keepDetails, int maxTextLength) {
    this(file, listener, keepDetails, maxTextLength, new JUnitXmlReader.Problems());
  }

  private ReportRead(
      Path file,
      ReportListener listener,
      boolean keepDetails,
      int maxTextLength,
      JUnitXmlReader.Problems problems) {
    this.file = file;
    this.listener = listener;
    this.keepDetails = keepDetails;
    this.maxTextLength = maxTextLength;
    this.problems = problems;
  }

  void allowLenientRetry() {
    retryAllowed = true;
  }

  boolean needsLenientRetry() {
    return deferredDecodingError != null;
  }

  String detectedEncoding() {
    return detectedEncoding;
  }

  /**
   * A second pass that continues this one over text decoded with replacement characters. Strict: it
   * stops with the fatal problem at the first case that holds one (so every case before the bad
   * bytes is delivered, and the line is exact); otherwise it reads on and notes the first such
   * case.
   */
  ReportRead lenientRetry(boolean strict) {
    ReportRead second = new ReportRead(file, listener, keepDetails, maxTextLength, problems);
    second.skipCases = cases;
    second.skipSuites = suites;
    second.secondPass = true;
    second.strictDecoding = strict;
    second.deferredDecodingError = deferredDecodingError;
    second.encodingPhrase = encodingPhrase;
    return second;
  }

  /** Reports the deferred decoding error as fatal, when a second pass is not possible. */
  ReadResult giveUpLenientRetry() {
    deferredDecodingError = null;
    fatal(deferredLine, deferredFatal);
    return result();
  }

  void run(XMLStreamReader reader) throws XMLStreamException {
    this.xml = reader;
    if (!toRootElement()) {
      return;
    }
    String root = xml.getLocalName();
    switch (root) {
      case "testsuites" -> readContainer();
      case "testsuite" -> readSuite(List.of(), "");
      default -> {
        fatal(
            line(),
            "root element is <"
                + root
                + ">, expected <testsuites> or <testsuite>: not a JUnit XML report");
        return;
      }
    }
    // Junk after the root element is still an error: the file may be two reports glued together.
    while (xml.hasNext()) {
      xml.next();
    }
    if (secondPass && strictDecoding) {
      // The bad bytes were somewhere no case keeps (a skipped body, a comment): still refused.
      fatal(0, decodingFatal());
    } else if (secondPass && !replacementNoted) {
      noteReplacement(0);
    }
    summarizeNotes();
  }

  private String decodingFatal() {
    return "contains bytes that are not valid "
        + encodingPhrase
        + ": "
        + deferredDecodingError
        + readSoFar();
  }

  private void noteReplacement(int line) {
    replacementNoted = true;
    note(
        line,
        "contains bytes that are not valid "
            + encodingName()
            + " ("
            + deferredDecodingError
            + "); they were read as U+FFFD replacement characters"
            + (line > 0 ? ", first in this test case" : ""));
  }

  private String encodingName() {
    return "in its encoding " + detectedEncoding;
  }

  ReadResult result() {
    summarizeNotes();
    return new ReadResult(file, cases, suites, problems.all());
  }

  /** Turns a parse error into the file's fatal problem. */
  void fail(Exception error, XMLStreamReader reader) {
    if (error instanceof StopReading) {
      return;
    }
    Throwable cause = error;
    if (error instanceof RuntimeException && error.getCause() instanceof XMLStreamException) {
      cause = error.getCause();
    }
    int line = 0;
    if (cause instanceof XMLStreamException stax && stax.getLocation() != null) {
      line = stax.getLocation().getLineNumber();
    } else if (reader != null) {
      line = safeLine(reader);
    }
    if (retryAllowed && isDecodingError(cause)) {
      deferredDecodingError = firstLine(decodingCause(cause).getMessage());
      deferredFatal = describe(cause, reader);
      encodingPhrase = encodingOf(reader);
      deferredLine = line;
      detectedEncoding = detectedEncoding(reader);
      return;
    }
    fatal(line, describe(cause, reader));
  }

  private static boolean isDecodingError(Throwable error) {
    return decodingCause(error) != null;
  }

  private static Throwable decodingCause(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
        return t;
      }
    }
    return null;
  }

  private static String detectedEncoding(XMLStreamReader reader) {
    String encoding = null;
    if (reader != null) {
      encoding = reader.getCharacterEncodingScheme();
      if (encoding == null) {
        encoding = reader.getEncoding();
      }
    }
    return encoding == null ? "UTF-8" : encoding;
  }

  private String describe(Throwable error, XMLStreamReader reader) {
    String detail = firstLine(error.getMessage());
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t instanceof UnsupportedEncodingException) {
        return "declares an encoding this JVM does not support: " + firstLine(t.getMessage());
      }
      if (t instanceof CharConversionException || t instanceof CharacterCodingException) {
        return "contains bytes that are not valid "
            + encodingOf(reader)
            + ": "
            + firstLine(t.getMessage())
            + readSoFar();
      }
    }
    if (detail.contains("limit") && detail.contains("Exceeded")) {
      // Woodstox's size and depth limits (SecureXml): hostile or broken, never a real report.
      return "exceeds a safety limit for reports: " + detail + readSoFar();
    }
    return "is not well-formed XML (truncated, corrupt or not XML): " + detail + readSoFar();
  }

  private String readSoFar() {
    return cases == 0 ? "" : " (the " + cases + " test cases before this point were read)";
  }

  private static String encodingOf(XMLStreamReader reader) {
    String declared = reader == null ? null : reader.getCharacterEncodingScheme();
    if (declared != null) {
      return "in its declared encoding " + declared;
    }
    return "UTF-8 (the document declares no encoding)";
  }

  private static String firstLine(String message) {
    if (message == null || message.isBlank()) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).trim();
  }

  private boolean toRootElement() throws XMLStreamException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.DTD) {
        fatal(
            line(),
            "has a DOCTYPE declaration, which is refused: DTDs and entities are disabled for"
                + " reports (this is how entity-expansion and external-entity attacks start)");
        return false;
      }
      if (event == XMLStreamConstants.START_ELEMENT) {
        return true;
      }
    }
    fatal(line(), "has no root element: not a JUnit XML report");
    return false;
  }

  /** Reads a {@code <testsuites>} element's children up to its end. */
  private void readContainer() throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "testsuite" -> readSuite(List.of(), "");
          case "testsuites" -> readContainer();
          case "testcase" -> readCase(null);
          default -> skipElement();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
    }
  }

  private void readSuite(List<String> parentPath, String parentFile) throws XMLStreamException {
    int line = line();
    String name = "";
    String time = null;
    String suiteFile = "";
    String timestamp = "";
    String hostname = "";
    Map<String, String> attributes = Map.of();
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String value = xml.getAttributeValue(i);
      String attribute = xml.getAttributeLocalName(i);
      switch (attribute) {
        case "name" -> name = value;
        case "time" -> time = value;
        case "file" -> suiteFile = value;
        case "timestamp" -> timestamp = value;
        case "hostname" -> hostname = value;
        default -> {
          if (keepDetails) {
            if (attributes.isEmpty()) {
              attributes = new LinkedHashMap<>();
            }
            String prefix = xml.getAttributePrefix(i);
            putUnique(
                attributes,
                prefix == null || prefix.isEmpty() ? attribute : prefix + ":" + attribute,
                value);
          }
        }
      }
    }
    Map<String, String> properties = Map.of();
    String systemOut = "";
    String systemErr = "";
    List<String> path = append(parentPath, name);
    OptionalLong duration = duration(time, line, new SuiteName(name));
    OpenSuite suite = new OpenSuite(path, line, duration, suiteFile, timestamp, hostname);
    // mocha-junit-reporter writes the file on each suite, not on its cases: they inherit it.
    suite.fileForCases = suiteFile.isEmpty() ? parentFile : suiteFile;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        if (element.equals("testcase")) {
          readCase(suite);
        } else if (element.equals("testsuite")) {
          readSuite(path, suite.fileForCases);
        } else if (keepDetails && element.equals("properties")) {
          if (properties.isEmpty()) {
            properties = new LinkedHashMap<>();
          }
          readProperties(properties, new SuiteName(name));
        } else if (keepDetails && element.equals("system-out")) {
          systemOut = systemOut + readText(new SuiteName(name), element, false);
        } else if (keepDetails && element.equals("system-err")) {
          systemErr = systemErr + readText(new SuiteName(name), element, false);
        } else {
          skipElement();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    ReportedSuite ended =
        new ReportedSuite(
            ReportLocation.of(file, suite.line),
            suite.path,
            suite.duration,
            suite.file,
            suite.directCases,
            suite.classNames,
            suite.timestamp,
            suite.hostname);
    suites++;
    if (suites <= skipSuites) {
      return; // delivered by the first pass
    }
    try {
      listener.onSuite(ended);
      if (keepDetails) {
        listener.onSuiteDetails(
            ended, new SuiteDetails(attributes, properties, systemOut, systemErr));
      }
    } catch (RuntimeException e) {
      throw new ListenerFailure(e);
    }
  }

  private void readCase(OpenSuite suite) throws XMLStreamException {
    int line = line();
    String className = "";
    String name = "";
    String caseFile = "";
    String time = null;
    // Allocated only for a case that has properties or unknown attributes: most have none.
    Map<String, String> properties = Map.of();
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      String attribute = xml.getAttributeLocalName(i);
      switch (attribute) {
        case "classname" -> className = xml.getAttributeValue(i);
        case "name" -> name = xml.getAttributeValue(i);
        case "file" -> caseFile = xml.getAttributeValue(i);
        case "time" -> time = xml.getAttributeValue(i);
        default -> {
          if (keepDetails) {
            if (properties.isEmpty()) {
              properties = new LinkedHashMap<>();
            }
            putUnique(properties, "@" + attribute, xml.getAttributeValue(i));
          }
        }
      }
    }
    CaseName what = new CaseName(className, name);
    List<CaseProblem> caseProblems = List.of();
    String systemOut = "";
    String systemErr = "";
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String element = xml.getLocalName();
        CaseProblem.Kind kind = kindOf(element);
        if (kind != null) {
          if (caseProblems.isEmpty()) {
            caseProblems = new ArrayList<>(2);
          }
          caseProblems.add(readProblem(kind, what));
        } else if (keepDetails && element.equals("system-out")) {
          systemOut = systemOut + readText(what, element, false);
        } else if (keepDetails && element.equals("system-err")) {
          systemErr = systemErr + readText(what, element, false);
        } else if (keepDetails && element.equals("properties")) {
          if (properties.isEmpty()) {
            properties = new LinkedHashMap<>();
          }
          readProperties(properties, what);
        } else {
          skipElement();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      }
    }
    ReportedCase reported =
        new ReportedCase(
            ReportLocation.of(file, line),
            suite == null ? List.of() : suite.path,
            className,
            name,
            caseFile.isEmpty() && suite != null ? suite.fileForCases : caseFile,
            duration(time, line, what),
            outcomeOf(caseProblems),
            caseProblems,
            systemOut,
            systemErr,
            properties);
    if (secondPass && cases >= skipCases && hasReplacement(reported)) {
      if (strictDecoding) {
        fatal(line, decodingFatal());
        throw new StopReading();
      }
      if (!replacementNoted) {
        noteReplacement(line);
      }
    }
    if (suite != null) {
      suite.directCases++;
      suite.classNames.add(className);
    }
    cases++;
    if (cases <= skipCases) {
      return; // delivered by the first pass
    }
    try {
      listener.onCase(reported);
    } catch (RuntimeException e) {
      throw new ListenerFailure(e);
    }
  }

  private CaseProblem readProblem(CaseProblem.Kind kind, Object what) throws XMLStreamException {
    String type = xml.getAttributeValue(null, "type");
    String message = xml.getAttributeValue(null, "message");
    String text;
    if (keepDetails) {
      text = readText(what, kind.element(), kind.isRerun());
    } else {
      skipElement();
      text = "";
    }
    return new CaseProblem(kind, type, message, text);
  }

  private void readProperties(Map<String, String> properties, Object what)
      throws XMLStreamException {
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (xml.getLocalName().equals("property")) {
          String name = xml.getAttributeValue(null, "name");
          String value = xml.getAttributeValue(null, "value");
          if (value == null) {
            // Playwright writes long annotation descriptions as the element's text.
            value = readText(what, "property", false);
          } else {
            skipElement();
          }
          putUnique(properties, name == null ? "" : name, value);
        } else {
          skipElement();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return;
      }
    }
  }

  /**
   * The text of the current element (CDATA included), up to {@link #maxTextLength} characters. In a
   * Surefire rerun element only {@code <stackTrace>} is kept; its own outputs are skipped.
   */
  private String readText(Object what, String element, boolean rerun) throws XMLStreamException {
    // Most texts come as one event: kept as the parser's string, with no builder copied twice.
    String only = null;
    StringBuilder text = null;
    long cut = 0;
    int depth = 0;
    while (true) {
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (rerun && depth == 0 && !xml.getLocalName().equals("stackTrace")) {
            skipElement();
          } else {
            depth++;
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          if (depth == 0) {
            if (text == null) {
              return only == null ? "" : only;
            }
            if (cut > 0) {
              text.append(String.format(TRUNCATION_MARKER, cut));
              note(
                  line(),
                  "<"
                      + element
                      + "> of "
                      + what
                      + " is longer than "
                      + maxTextLength
                      + " characters: cut, "
                      + cut
                      + " characters left out");
            }
            return text.toString();
          }
          depth--;
        }
        case XMLStreamConstants.CHARACTERS,
            XMLStreamConstants.CDATA,
            XMLStreamConstants.SPACE,
            XMLStreamConstants.ENTITY_REFERENCE -> {
          if (rerun && depth == 0) {
            continue; // indentation between a rerun element's children
          }
          int length = xml.getTextLength();
          if (text == null && only == null && length <= maxTextLength) {
            only = xml.getText();
            continue;
          }
          if (text == null) {
            text = new StringBuilder(only == null ? "" : only);
          }
          int room = maxTextLength - text.length();
          if (room >= length) {
            text.append(xml.getTextCharacters(), xml.getTextStart(), length);
          } else {
            if (room > 0) {
              text.append(xml.getTextCharacters(), xml.getTextStart(), room);
            }
            cut += length - Math.max(room, 0);
          }
        }
        default -> {
          // Comments and processing instructions are not part of the text.
        }
      }
    }
  }

  /** Consumes the current element, whose start was just read, up to and including its end. */
  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private OptionalLong duration(String time, int line, Object what) {
    if (time == null) {
      return OptionalLong.empty();
    }
    OptionalLong millis = ReportDurations.toMillis(time);
    if (millis.isEmpty()) {
      note(
          line,
          what + ": " + ReportDurations.whyUnusable(time) + "; its duration is treated as unknown");
    }
    return millis;
  }

  private static CaseProblem.Kind kindOf(String element) {
    return switch (element) {
      case "failure" -> CaseProblem.Kind.FAILURE;
      case "error" -> CaseProblem.Kind.ERROR;
      case "skipped" -> CaseProblem.Kind.SKIPPED;
      case "flakyFailure" -> CaseProblem.Kind.FLAKY_FAILURE;
      case "flakyError" -> CaseProblem.Kind.FLAKY_ERROR;
      case "rerunFailure" -> CaseProblem.Kind.RERUN_FAILURE;
      case "rerunError" -> CaseProblem.Kind.RERUN_ERROR;
      default -> null;
    };
  }

  /** Error beats failure beats skipped; rerun elements record earlier attempts only. */
  static Outcome outcomeOf(List<CaseProblem> problems) {
    Outcome outcome = Outcome.PASSED;
    for (CaseProblem problem : problems) {
      switch (problem.kind()) {
        case ERROR -> outcome = Outcome.ERROR;
        case FAILURE -> outcome = outcome == Outcome.ERROR ? outcome : Outcome.FAILED;
        case SKIPPED -> outcome = outcome == Outcome.PASSED ? Outcome.SKIPPED : outcome;
        default -> {
          // flaky and rerun elements do not change the final outcome
        }
      }
    }
    return outcome;
  }

  /** A repeated key gets a {@code #2}, {@code #3}... suffix: nothing the report said is lost. */
  private static void putUnique(Map<String, String> map, String key, String value) {
    String unique = key;
    for (int i = 2; map.containsKey(unique); i++) {
      unique = key + "#" + i;
    }
    map.put(unique, value == null ? "" : value);
  }

  private static List<String> append(List<String> path, String name) {
    List<String> longer = new ArrayList<>(path.size() + 1);
    longer.addAll(path);
    longer.add(name);
    return List.copyOf(longer);
  }

  private int line() {
    return safeLine(xml);
  }

  private static int safeLine(XMLStreamReader reader) {
    try {
      Location location = reader.getLocation();
      return location == null ? 0 : location.getLineNumber();
    } catch (RuntimeException e) {
      return 0;
    }
  }

  private static boolean hasReplacement(ReportedCase reported) {
    return reported.className().indexOf('\uFFFD') >= 0
        || reported.name().indexOf('\uFFFD') >= 0
        || reported.file().indexOf('\uFFFD') >= 0
        || reported.suitePath().stream().anyMatch(s -> s.indexOf('\uFFFD') >= 0)
        || reported.systemOut().indexOf('\uFFFD') >= 0
        || reported.systemErr().indexOf('\uFFFD') >= 0
        || reported.problems().stream()
            .anyMatch(p -> (p.message() + p.text() + p.type()).indexOf('\uFFFD') >= 0);
  }

  private void note(int line, String message) {
    if (cases < skipCases) {
      return; // the first pass noted it
    }
    if (problems.note()) {
      report(new ReportProblem(ReportLocation.of(file, line), message, false));
    }
  }

  private void fatal(int line, String message) {
    summarizeNotes();
    report(new ReportProblem(ReportLocation.of(file, line), message, true));
  }

  private void summarizeNotes() {
    if (summarized || problems.suppressed() == 0) {
      return;
    }
    summarized = true;
    report(
        new ReportProblem(
            ReportLocation.of(file, 0),
            problems.suppressed() + " more notes like the above were left out",
            false));
  }

  private void report(ReportProblem problem) {
    problems.add(problem);
    try {
      listener.onProblem(problem);
    } catch (RuntimeException e) {
      throw new ListenerFailure(e);
    }
  }
}
