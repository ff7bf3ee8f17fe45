package dev.paralleltests.core.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildTimingsFileTest {

  private static final Path RESOURCES = Path.of("src/test/resources/BuildTimingsFileTest");

  @TempDir Path dir;

  private static RecordedBuild sample() {
    String foo = "com.example.FooTest";
    String file = "src/test/java/com/example/FooTest.java";
    BuildTimings timings =
        BuildTimings.builder()
            .addCase(
                TestCaseId.of(foo, "shouldAdd", List.of(foo), foo, file, foo + "#shouldAdd"), 35)
            .addCase(
                TestCaseId.of(
                    foo, "shouldDivide[1]", List.of(foo), foo, file, foo + "#shouldDivide[1]"),
                1002)
            .addSuiteExtra(TestCaseId.of(foo, "", List.of(foo), foo, file, ""), 1200)
            .addCase(
                TestCaseId.of(
                    "Cart",
                    "adds\titems",
                    List.of("web/cart.test.js", "Cart"),
                    "web/cart.test.js",
                    "web/cart.test.js",
                    "web/cart.test.js#Cart adds\titems"),
                12)
            .build();
    BuildStats stats =
        BuildStats.none()
            .withWallMillis(93_000)
            .withShards(4)
            .withTests(3)
            .withImbalance(1.04)
            .withStatus("UNSTABLE");
    return RecordedBuild.of(
        "refs/pull/1/merge", Instant.parse("2026-11-26T08:43:48.123Z"), timings, stats);
  }

  @Test
  void writesTheDocumentedFormat() throws IOException {
    StringWriter out = new StringWriter();

    BuildTimingsFile.write(out, sample());

    assertThat(out.toString()).isEqualTo(Files.readString(RESOURCES.resolve("sample.tsv")));
  }

  @Test
  void readsBackEverythingItWrote() throws IOException {
    Path file = dir.resolve("timings.tsv");

    BuildTimingsFile.write(file, sample());

    assertThat(BuildTimingsFile.read(file)).isEqualTo(sample());
  }

  @Test
  void keepsNamesWithTabsNewlinesBackslashesAndUnicodeIntact() throws IOException {
    TestCaseId odd =
        TestCaseId.of(
            "päckage.Klass",
            "name\\with\ttab\nnewline\rand \\t",
            List.of("", "x\ty"),
            "unit\\",
            "dir\\file.js",
            "");
    RecordedBuild build =
        RecordedBuild.of(
            "id\twith\ntab", Instant.EPOCH, BuildTimings.builder().addCase(odd, 7).build());
    StringWriter out = new StringWriter();
    BuildTimingsFile.write(out, build);

    assertThat(out.toString().lines())
        .hasSize(7); // header, build, recorded, suite, class, case, end
    assertThat(BuildTimingsFile.read(new StringReader(out.toString()), "x")).isEqualTo(build);
  }

  @Test
  void keepsFiguresItDoesNotKnow() throws IOException {
    RecordedBuild build =
        RecordedBuild.of(
            "7",
            Instant.EPOCH,
            BuildTimings.empty(),
            BuildStats.none().withOther("queueMillis", "1200"));
    StringWriter out = new StringWriter();
    BuildTimingsFile.write(out, build);

    assertThat(BuildTimingsFile.read(new StringReader(out.toString()), "x").stats().other())
        .containsEntry("queueMillis", "1200");
  }

  @Test
  void writesTestTimeUnderItsOwnName() throws IOException {
    StringWriter out = new StringWriter();

    BuildTimingsFile.write(
        out,
        RecordedBuild.of(
            "7", Instant.EPOCH, BuildTimings.empty(), BuildStats.none().withTestMillis(4_200)));

    assertThat(out.toString()).contains("stat\ttestMillis\t4200\n").doesNotContain("machineMillis");
  }

  @Test
  void readsTheEarlierNameOfTestTime() throws IOException {
    // earlier versions wrote the sum of test times as machineMillis, whoever recorded the build
    String text =
        Files.readString(RESOURCES.resolve("sample.tsv"))
            .replace(
                "stat\twallMillis\t93000\n",
                "stat\twallMillis\t93000\nstat\tmachineMillis\t2249\n");

    RecordedBuild build = BuildTimingsFile.read(new StringReader(text), "x");

    assertThat(build.stats().testMillis()).hasValue(2_249);
    assertThat(build.stats().other()).doesNotContainKey("machineMillis");
  }

  @Test
  void acceptsCommentsAndBlankLinesAddedByHand() throws IOException {
    String text =
        Files.readString(RESOURCES.resolve("sample.tsv")).replace("class\t", "\n# a note\nclass\t");

    assertThat(BuildTimingsFile.read(new StringReader(text), "x")).isEqualTo(sample());
  }

  private static void assertRejected(String resource, int line, String problem) {
    Path file = RESOURCES.resolve(resource);
    assertThatThrownBy(() -> BuildTimingsFile.read(file))
        .isInstanceOf(HistoryFormatException.class)
        .hasMessage(file + ":" + line + ": " + problem)
        .extracting(e -> ((HistoryFormatException) e).line())
        .isEqualTo(line);
  }

  @Test
  void rejectsAFileWithoutTheHeader() {
    assertRejected(
        "no-header.tsv",
        1,
        "not a parallel-tests timings file; expected '# parallel-tests timings v1'");
  }

  @Test
  void rejectsAFileOfANewerVersionSayingSo() {
    assertRejected(
        "v2.tsv",
        1,
        "timings format v2 is not supported by this version, which reads v1 (written by a newer"
            + " parallel-tests?)");
  }

  @Test
  void rejectsATruncatedFile() {
    assertRejected("truncated.tsv", 6, "truncated: no 'end' line (the file is incomplete)");
  }

  @Test
  void rejectsATimeThatIsNotANumberNamingTheLine() {
    assertRejected("bad-number.tsv", 6, "not a whole number: '1,5'");
  }

  @Test
  void rejectsCountsThatDoNotMatchTheSamples() {
    assertRejected("wrong-count.tsv", 8, "the file says 3 cases and 0 extras, but holds 2 and 0");
  }

  @Test
  void rejectsAnUnknownLineKind() {
    assertRejected("unknown-kind.tsv", 4, "unknown line kind 'sample'");
  }

  @Test
  void rejectsACaseOutsideAnySuite() {
    assertRejected("case-without-class.tsv", 4, "a sample before its 'suite' and 'class' lines");
  }

  @Test
  void rejectsBytesThatAreNotUtf8() throws IOException {
    Path file = dir.resolve("latin1.tsv");
    byte[] head =
        "# parallel-tests timings v1\nbuild\t1\nrecorded\t2026-01-01T00:00:00Z\nsuite\t\tx\nclass\t"
            .getBytes(StandardCharsets.UTF_8);
    byte[] junk = {(byte) 0xE9, (byte) 0xFF, '\n'};
    Files.write(file, head);
    Files.write(file, junk, java.nio.file.StandardOpenOption.APPEND);

    assertThatThrownBy(() -> BuildTimingsFile.read(file))
        .isInstanceOf(HistoryFormatException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("not UTF-8 text");
  }

  @Test
  void rejectsAnEmptyFile() throws IOException {
    Path file = Files.createFile(dir.resolve("empty.tsv"));

    assertThatThrownBy(() -> BuildTimingsFile.read(file))
        .isInstanceOf(HistoryFormatException.class)
        .hasMessage(file + ": empty file; expected '# parallel-tests timings v1'");
  }
}
