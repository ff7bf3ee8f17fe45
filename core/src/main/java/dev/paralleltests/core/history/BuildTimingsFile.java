package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes one build's timings file: the per-build format shared by the command line (one
 * file per build in the history directory) and the Jenkins plugin ({@code
 * <build>/parallel-tests/timings.tsv}). Line-based, tab-separated, UTF-8, versioned by its first
 * line; docs/history-format.md describes it.
 *
 * <pre>
 * # parallel-tests timings v1
 * build	refs/pull/1/merge
 * recorded	2026-11-26T08:43:48.123Z
 * stat	wallMillis	93000
 * suite	com.example.FooTest
 * class	com.example.FooTest	com.example.FooTest	src/test/java/com/example/FooTest.java
 * extra	1200
 * case	35	shouldAdd
 * end	1	1
 * </pre>
 */
public final class BuildTimingsFile {

  /** The version this class writes; it reads this one only. */
  public static final int VERSION = 1;

  static final String HEADER = "# parallel-tests timings v" + VERSION;

  private static final Pattern ANY_HEADER = Pattern.compile("# parallel-tests timings v(\\d+)");

  private BuildTimingsFile() {}

  /**
   * Writes the build to {@code file} atomically (temporary file in the same directory, forced to
   * disk, renamed): a reader sees the previous file or the complete new one, never a part. Creates
   * missing parent directories.
   */
  public static void write(Path file, RecordedBuild build) throws IOException {
    Objects.requireNonNull(build, "build");
    AtomicFiles.write(
        file,
        out -> {
          Writer writer =
              new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
          write(writer, build);
          writer.flush();
        });
  }

  /** Writes the build in the file format to {@code out}, which it does not close. */
  public static void write(Writer out, RecordedBuild build) throws IOException {
    out.write(HEADER);
    out.write('\n');
    line(out, "build", build.id());
    line(out, "recorded", build.recordedAt().toString());
    writeStats(out, build.stats());
    writeSamples(out, build.timings());
    line(
        out,
        "end",
        Integer.toString(build.timings().caseMillis().size()),
        Integer.toString(build.timings().suiteExtraMillis().size()));
  }

  /**
   * Reads one build's timings file.
   *
   * @throws HistoryFormatException naming the file and line, for anything that is not a complete
   *     file of this version (including a truncated one and text that is not UTF-8)
   * @throws IOException when the file cannot be read at all
   */
  public static RecordedBuild read(Path file) throws IOException {
    try (Reader reader = new InputStreamReader(Files.newInputStream(file), strictUtf8())) {
      return read(reader, file.toString());
    }
  }

  /**
   * Reads a build from {@code in}, which it does not close; {@code source} names it in messages.
   */
  public static RecordedBuild read(Reader in, String source) throws IOException {
    TimingsSink sink = new TimingsSink();
    Parser parser = new Parser(new BufferedReader(in, 1 << 16), source, sink);
    parser.parse();
    return RecordedBuild.of(parser.id, parser.recordedAt, sink.timings.build(), parser.stats());
  }

  /**
   * Reads one build's timings file for planning at one granularity: each unit's time in the build,
   * summed as {@link TimingHistory} sums it, without a {@link TestCaseId} per case. Accepts and
   * rejects exactly the files {@link #read(Path)} does, with the same messages.
   */
  static BuildUnits readUnits(Path file, Granularity granularity) throws IOException {
    // A unit takes three lines of about 40 bytes (suite, class, case) or more: room for as many
    // units as a file of this size holds at most, roughly.
    int expectedUnits = expectedUnits(file);
    UnitSums sink = new UnitSums(granularity, expectedUnits);
    Parser parser = new Parser(null, file.toString(), sink);
    try (InputStream in = Files.newInputStream(file)) {
      parser.parse(in);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      // Non-ASCII names or carriage returns (NotPlain), or a broken file: read as read(Path)
      // reads it, so that a broken file is rejected with the very same words (a file not UTF-8
      // further on is reported as such before the error found first here, say).
      sink = new UnitSums(granularity, expectedUnits);
      try (Reader reader = new InputStreamReader(Files.newInputStream(file), strictUtf8())) {
        parser = new Parser(new BufferedReader(reader, 1 << 16), file.toString(), sink);
        parser.parse();
      }
    }
    // The same checks a RecordedBuild makes (the parser's own make them unreachable today).
    RecordedBuild.of(parser.id, parser.recordedAt, BuildTimings.empty(), parser.stats());
    return sink.build(parser.id, parser.recordedAt, parser.cases + parser.extras > 0);
  }

  private static int expectedUnits(Path file) {
    try {
      return (int) Math.min(1 << 24, Files.size(file) / 100);
    } catch (IOException e) {
      return 0; // the reading that follows meets the problem and says it
    }
  }

  private static CharsetDecoder strictUtf8() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /** Where a parser puts the samples it reads. */
  interface SampleSink {
    /**
     * A case's time; {@code testUnit} null when the line gave none (the default, {@code
     * Class#name}).
     */
    void addCase(
        String className,
        String name,
        List<String> suitePath,
        String classUnit,
        String fileUnit,
        String testUnit,
        long millis);

    /**
     * Whether {@link #addCase} uses the case's name; when not, the fast reader gives it an empty
     * one instead of making a string of every case's name.
     */
    default boolean needsCaseNames() {
      return true;
    }

    /** A single-class suite's own time. */
    void addExtra(
        String className, List<String> suitePath, String classUnit, String fileUnit, long millis);
  }

  /** Samples into a {@link BuildTimings}: what {@link #read(Path)} returns. */
  private static final class TimingsSink implements SampleSink {
    final BuildTimings.Builder timings = BuildTimings.builder();

    @Override
    public void addCase(
        String className,
        String name,
        List<String> suitePath,
        String classUnit,
        String fileUnit,
        String testUnit,
        long millis) {
      String test = testUnit != null ? testUnit : defaultTestUnit(className, name);
      timings.addCase(TestCaseId.of(className, name, suitePath, classUnit, fileUnit, test), millis);
    }

    @Override
    public void addExtra(
        String className, List<String> suitePath, String classUnit, String fileUnit, long millis) {
      timings.addSuiteExtra(
          TestCaseId.of(className, "", suitePath, classUnit, fileUnit, ""), millis);
    }
  }

  private static void writeStats(Writer out, BuildStats stats) throws IOException {
    stat(out, "wallMillis", stats.wallMillis());
    stat(out, "testMillis", stats.testMillis());
    stat(out, "shards", stats.shards());
    stat(out, "tests", stats.tests());
    stat(out, "failed", stats.failed());
    stat(out, "skipped", stats.skipped());
    stat(out, "flaky", stats.flaky());
    if (stats.imbalance().isPresent()) {
      line(out, "stat", "imbalance", Double.toString(stats.imbalance().getAsDouble()));
    }
    if (stats.status().isPresent()) {
      line(out, "stat", "status", stats.status().get());
    }
    for (Map.Entry<String, String> e : stats.other().entrySet()) {
      line(out, "stat", e.getKey(), e.getValue());
    }
  }

  private static void stat(Writer out, String key, OptionalLong value) throws IOException {
    if (value.isPresent()) {
      line(out, "stat", key, Long.toString(value.getAsLong()));
    }
  }

  private static void stat(Writer out, String key, OptionalInt value) throws IOException {
    if (value.isPresent()) {
      line(out, "stat", key, Integer.toString(value.getAsInt()));
    }
  }

  // Cases and suite extras, merged in TestCaseId order; a context line (suite, class) is written
  // only when it changes, which keeps the file about one short line per case.
  private static void writeSamples(Writer out, BuildTimings timings) throws IOException {
    Iterator<Map.Entry<TestCaseId, Long>> cases = sorted(timings.caseMillis()).iterator();
    Iterator<Map.Entry<TestCaseId, Long>> extras = sorted(timings.suiteExtraMillis()).iterator();
    Map.Entry<TestCaseId, Long> nextCase = cases.hasNext() ? cases.next() : null;
    Map.Entry<TestCaseId, Long> nextExtra = extras.hasNext() ? extras.next() : null;
    TestCaseId context = null;
    while (nextCase != null || nextExtra != null) {
      boolean extraFirst =
          nextCase == null
              || (nextExtra != null && nextExtra.getKey().compareTo(nextCase.getKey()) <= 0);
      Map.Entry<TestCaseId, Long> entry = extraFirst ? nextExtra : nextCase;
      TestCaseId id = entry.getKey();
      boolean newSuite = context == null || !context.suitePath().equals(id.suitePath());
      if (newSuite) {
        List<String> fields = new ArrayList<>();
        fields.add("suite");
        fields.addAll(id.suitePath());
        line(out, fields.toArray(String[]::new));
      }
      if (newSuite
          || !context.className().equals(id.className())
          || !context.classUnit().equals(id.classUnit())
          || !context.fileUnit().equals(id.fileUnit())) {
        line(out, "class", id.className(), id.classUnit(), id.fileUnit());
      }
      context = id;
      if (extraFirst) {
        line(out, "extra", Long.toString(entry.getValue()));
        nextExtra = extras.hasNext() ? extras.next() : null;
      } else {
        if (id.testUnit().equals(defaultTestUnit(id.className(), id.name()))) {
          line(out, "case", Long.toString(entry.getValue()), id.name());
        } else {
          line(out, "case", Long.toString(entry.getValue()), id.name(), id.testUnit());
        }
        nextCase = cases.hasNext() ? cases.next() : null;
      }
    }
  }

  private static List<Map.Entry<TestCaseId, Long>> sorted(Map<TestCaseId, Long> samples) {
    List<Map.Entry<TestCaseId, Long>> entries = new ArrayList<>(samples.entrySet());
    entries.sort(Map.Entry.comparingByKey());
    return entries;
  }

  // The test unit of Java, Gradle and Go reports; written only when it differs.
  static String defaultTestUnit(String className, String name) {
    return className + "#" + name;
  }

  private static void line(Writer out, String... fields) throws IOException {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.write('\t');
      }
      // The keyword and numbers never need escaping; names can hold anything.
      out.write(i == 0 ? fields[i] : Tsv.escape(fields[i]));
    }
    out.write('\n');
  }

  // The keywords of the lines every case and class has, compared by identity in the fast parse.
  private static final String CASE = "case";
  private static final String CLASS = "class";
  private static final String SUITE = "suite";
  // An array: a list's iterator would be one more object for every line read.
  private static final String[] KEYWORDS = {CASE, CLASS, SUITE, "extra"};

  /** A file {@link Parser#parse(byte[])} leaves to the general reader. */
  private static final class NotPlain extends IOException {
    static final NotPlain INSTANCE = new NotPlain();

    private NotPlain() {
      super("not plain ASCII text with line feeds", null);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this; // a signal, not an error: no stack to record
    }
  }

  /** One pass over the lines; every error names the source and the line. */
  private static final class Parser {
    private final BufferedReader in;
    private final String source;
    private final SampleSink sink;
    private final boolean readsNames;
    private int lineNumber;

    private String id;
    private Instant recordedAt;
    private BuildStats stats = BuildStats.none();
    private final Map<String, String> other = new TreeMap<>();
    private List<String> suitePath;
    private String className;
    private String classUnit;
    private String fileUnit;
    private int cases;
    private int extras;
    private boolean ended;

    Parser(BufferedReader in, String source, SampleSink sink) {
      this.in = in;
      this.source = source;
      this.sink = sink;
      this.readsNames = sink.needsCaseNames();
    }

    /** The build-level figures, once parsed. */
    BuildStats stats() {
      return withOther(stats);
    }

    void parse() throws IOException {
      header(next());
      String text;
      while ((text = next()) != null) {
        line(text);
      }
      finish();
    }

    /**
     * The same parse over a file's bytes, for a file of ASCII text with line feeds alone (what this
     * class writes for ASCII names): each line split into its fields straight from the bytes,
     * without decoding it into a line, splitting that, and unescaping every field. A line holding
     * an escape goes the general way.
     *
     * @throws NotPlain at the first byte that is not ASCII or is a carriage return, before anything
     *     about it is decided: the caller reads the file the general way instead
     */
    void parse(InputStream in) throws IOException {
      byte[] buffer = new byte[1 << 16];
      int length = 0; // bytes in the buffer
      int pos = 0; // where the next line starts
      int scanned = 0; // the next line's bytes before this are checked
      boolean escaped = false;
      boolean eof = false;
      boolean first = true;
      while (true) {
        int end = scanned;
        while (end < length && buffer[end] != '\n') {
          byte b = buffer[end];
          if (b < 0 || b == '\r') {
            throw NotPlain.INSTANCE;
          }
          escaped |= b == '\\';
          end++;
        }
        if (end == length && !eof) {
          // No whole line left: keep the part, read more (a longer line grows the buffer).
          System.arraycopy(buffer, pos, buffer, 0, length - pos);
          length -= pos;
          end -= pos;
          pos = 0;
          if (length == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
          }
          int read = in.read(buffer, length, buffer.length - length);
          if (read < 0) {
            eof = true;
          } else {
            length += read;
          }
          scanned = end;
          continue;
        }
        if (end == length && pos == length) {
          break; // the end of the file, after a line feed or in an empty file
        }
        lineNumber++;
        if (first) {
          header(latin1(buffer, pos, end));
          first = false;
        } else if (escaped) {
          line(latin1(buffer, pos, end));
        } else if (end > pos && buffer[pos] != '#') {
          checkNotEnded();
          recordPlain(buffer, pos, end);
        }
        pos = Math.min(end + 1, length);
        scanned = pos;
        escaped = false;
      }
      if (first) {
        header(null);
      }
      finish();
    }

    // Where the fields of the line being read start and end: no list for each line.
    private int[] fieldStart = new int[4];
    private int[] fieldEnd = new int[4];

    /**
     * A line without escapes: its fields are its text between tabs. The lines every case and class
     * has are taken from the bytes: a case's time without a string, a class line's names as the
     * strings already read when they are the same (a Java class is usually its suite and its class
     * unit, and has no file name). Anything unusual, a malformed line included, goes the general
     * way, which decides it and words its error.
     */
    private void recordPlain(byte[] bytes, int start, int end) throws HistoryFormatException {
      int tab = start;
      while (tab < end && bytes[tab] != '\t') {
        tab++;
      }
      String keyword = keyword(bytes, start, tab);
      int count = 0;
      int from = tab + 1;
      for (int i = from; tab < end && i <= end; i++) {
        if (i == end || bytes[i] == '\t') {
          if (count == fieldStart.length) {
            fieldStart = Arrays.copyOf(fieldStart, count * 2);
            fieldEnd = Arrays.copyOf(fieldEnd, count * 2);
          }
          fieldStart[count] = from;
          fieldEnd[count++] = i;
          from = i + 1;
        }
      }
      if (keyword == CASE && (count == 2 || count == 3) && className != null) {
        long millis = digits(bytes, fieldStart[0], fieldEnd[0]);
        if (millis >= 0) {
          String name = readsNames ? latin1(bytes, fieldStart[1], fieldEnd[1]) : "";
          String testUnit = count == 3 ? latin1(bytes, fieldStart[2], fieldEnd[2]) : null;
          sink.addCase(className, name, suitePath, classUnit, fileUnit, testUnit, millis);
          cases++;
          return;
        }
      } else if (keyword == SUITE && count == 1) {
        suitePath = List.of(latin1(bytes, fieldStart[0], fieldEnd[0]));
        className = null;
        return;
      } else if (keyword == CLASS && count == 3 && suitePath != null) {
        className = field(bytes, 0, suitePath.isEmpty() ? "" : suitePath.get(suitePath.size() - 1));
        classUnit = field(bytes, 1, className);
        fileUnit = field(bytes, 2, classUnit);
        return;
      }
      List<String> f = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        f.add(latin1(bytes, fieldStart[i], fieldEnd[i]));
      }
      record(keyword, f);
    }

    /** Field {@code i} of the line: {@code known} when it has the same text, else a new string. */
    private String field(byte[] bytes, int i, String known) {
      int start = fieldStart[i];
      int length = fieldEnd[i] - start;
      if (length == 0) {
        return "";
      }
      if (known.length() == length && matches(known, bytes, start)) {
        return known;
      }
      return latin1(bytes, start, fieldEnd[i]);
    }

    /**
     * A whole number of 1 to 18 decimal digits, or -1 for anything else (a sign, no digits, more
     * digits than a long surely holds), which the general way then reads or refuses.
     */
    private static long digits(byte[] bytes, int start, int end) {
      if (end <= start || end - start > 18) {
        return -1;
      }
      long value = 0;
      for (int i = start; i < end; i++) {
        int d = bytes[i] - '0';
        if (d < 0 || d > 9) {
          return -1;
        }
        value = value * 10 + d;
      }
      return value;
    }

    // The usual keywords without a new string for each line.
    private static String keyword(byte[] bytes, int start, int end) {
      for (String k : KEYWORDS) {
        if (k.length() == end - start && matches(k, bytes, start)) {
          return k;
        }
      }
      return latin1(bytes, start, end);
    }

    private static boolean matches(String keyword, byte[] bytes, int start) {
      for (int i = 0; i < keyword.length(); i++) {
        if (bytes[start + i] != keyword.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    private static String latin1(byte[] bytes, int start, int end) {
      return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    private void header(String header) throws HistoryFormatException {
      if (header == null) {
        throw error("empty file; expected '" + HEADER + "'");
      }
      if (header.startsWith("\uFEFF")) {
        header = header.substring(1);
      }
      Matcher m = ANY_HEADER.matcher(header.strip());
      if (!m.matches()) {
        throw error("not a parallel-tests timings file; expected '" + HEADER + "'");
      }
      if (!m.group(1).equals(Integer.toString(VERSION))) {
        throw error(
            "timings format v"
                + m.group(1)
                + " is not supported by this version, which reads v"
                + VERSION
                + " (written by a newer parallel-tests?)");
      }
    }

    private void line(String text) throws HistoryFormatException {
      if (text.isEmpty() || text.startsWith("#")) {
        return;
      }
      checkNotEnded();
      record(text.split("\t", -1));
    }

    private void checkNotEnded() throws HistoryFormatException {
      if (ended) {
        throw error("content after the 'end' line");
      }
    }

    private void finish() throws HistoryFormatException {
      if (!ended) {
        throw new HistoryFormatException(
            source, lineNumber, "truncated: no 'end' line (the file is incomplete)");
      }
    }

    private void record(String[] raw) throws HistoryFormatException {
      String keyword = raw[0];
      List<String> f = new ArrayList<>(raw.length - 1);
      for (int i = 1; i < raw.length; i++) {
        f.add(unescape(raw[i]));
      }
      record(keyword, f);
    }

    private void record(String keyword, List<String> f) throws HistoryFormatException {
      switch (keyword) {
        case "build" -> {
          fields(keyword, f, 1);
          if (id != null) {
            throw error("a second 'build' line");
          }
          if (f.get(0).isBlank()) {
            throw error("the build ID is blank");
          }
          id = f.get(0);
        }
        case "recorded" -> {
          fields(keyword, f, 1);
          try {
            recordedAt = Instant.parse(f.get(0));
          } catch (DateTimeParseException e) {
            throw error("not an ISO-8601 instant: '" + f.get(0) + "'");
          }
        }
        case "stat" -> {
          fields(keyword, f, 2);
          stat(f.get(0), f.get(1));
        }
        case "suite" -> {
          suitePath = List.copyOf(f);
          className = null;
        }
        case "class" -> {
          fields(keyword, f, 3);
          if (suitePath == null) {
            throw error("'class' before any 'suite' line");
          }
          // One string for equal names (a Java class is usually its suite and its class unit):
          // less to keep for a history of 100,000 cases, and less for the collector to copy.
          className =
              sameAs(f.get(0), suitePath.isEmpty() ? "" : suitePath.get(suitePath.size() - 1));
          classUnit = sameAs(f.get(1), className);
          fileUnit = sameAs(f.get(2), classUnit);
        }
        case "case" -> {
          if (f.size() != 2 && f.size() != 3) {
            throw error("'case' needs 2 or 3 fields after it, found " + f.size());
          }
          long millis = number(f.get(0));
          if (millis < 0) {
            throw error("negative case time " + millis);
          }
          String name = f.get(1);
          String testUnit = f.size() == 3 ? f.get(2) : null;
          sink.addCase(context(), name, suitePath, classUnit, fileUnit, testUnit, millis);
          cases++;
        }
        case "extra" -> {
          fields(keyword, f, 1);
          sink.addExtra(context(), suitePath, classUnit, fileUnit, number(f.get(0)));
          extras++;
        }
        case "end" -> {
          fields(keyword, f, 2);
          if (id == null || recordedAt == null) {
            throw error("'end' before the 'build' and 'recorded' lines");
          }
          if (number(f.get(0)) != cases || number(f.get(1)) != extras) {
            throw error(
                "the file says "
                    + f.get(0)
                    + " cases and "
                    + f.get(1)
                    + " extras, but holds "
                    + cases
                    + " and "
                    + extras);
          }
          ended = true;
        }
        default -> throw error("unknown line kind '" + keyword + "'");
      }
    }

    private static String sameAs(String value, String known) {
      return value.equals(known) ? known : value;
    }

    private String context() throws HistoryFormatException {
      if (className == null) {
        throw error("a sample before its 'suite' and 'class' lines");
      }
      return className;
    }

    private void stat(String key, String value) throws HistoryFormatException {
      switch (key) {
        case "wallMillis" -> stats = stats.withWallMillis(number(value));
        // "machineMillis" is the name earlier versions wrote the same figure, the sum of test times
        case "testMillis", "machineMillis" -> stats = stats.withTestMillis(number(value));
        case "shards" -> stats = stats.withShards(integer(value));
        case "tests" -> stats = stats.withTests(integer(value));
        case "failed" -> stats = stats.withFailed(integer(value));
        case "skipped" -> stats = stats.withSkipped(integer(value));
        case "flaky" -> stats = stats.withFlaky(integer(value));
        case "imbalance" -> {
          try {
            stats = stats.withImbalance(Double.parseDouble(value));
          } catch (IllegalArgumentException e) {
            throw error("imbalance is not a number >= 0: '" + value + "'");
          }
        }
        case "status" -> stats = stats.withStatus(value);
        default -> {
          try {
            BuildStats.none().withOther(key, value);
          } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
          }
          other.put(key, value);
        }
      }
    }

    private BuildStats withOther(BuildStats base) {
      BuildStats result = base;
      for (Map.Entry<String, String> e : other.entrySet()) {
        result = result.withOther(e.getKey(), e.getValue());
      }
      return result;
    }

    private void fields(String keyword, List<String> fields, int expected)
        throws HistoryFormatException {
      if (fields.size() != expected) {
        throw error(
            "'"
                + keyword
                + "' needs "
                + expected
                + " field"
                + (expected == 1 ? "" : "s")
                + " after it, found "
                + fields.size());
      }
    }

    private long number(String text) throws HistoryFormatException {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw error("not a whole number: '" + text + "'");
      }
    }

    private int integer(String text) throws HistoryFormatException {
      long value = number(text);
      if (value < 0 || value > Integer.MAX_VALUE) {
        throw error("out of range: " + text);
      }
      return (int) value;
    }

    private String unescape(String field) throws HistoryFormatException {
      try {
        return Tsv.unescape(field);
      } catch (IllegalArgumentException e) {
        throw error(e.getMessage());
      }
    }

    private String next() throws IOException {
      try {
        String line = in.readLine();
        if (line != null) {
          lineNumber++;
        }
        return line;
      } catch (CharacterCodingException e) {
        throw new HistoryFormatException(source, lineNumber + 1, "not UTF-8 text");
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
    }

    private HistoryFormatException error(String problem) {
      return new HistoryFormatException(source, lineNumber, problem);
    }
  }
}
