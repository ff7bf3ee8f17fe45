package dev.paralleltests.core.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JUnitXmlReaderTest {

  private static final Path DATA = Path.of("src/test/resources/JUnitXmlReaderTest");

  private final RecordingListener listener = new RecordingListener();

  private ReadResult readFull(String name) {
    return JUnitXmlReader.full().read(DATA.resolve(name), listener);
  }

  @Test
  void shouldReadEveryCaseOfASurefireSuite() {
    ReadResult result = readFull("surefire-single-suite.xml");

    assertThat(result.cases()).isEqualTo(4);
    assertThat(result.suites()).isEqualTo(1);
    assertThat(result.isComplete()).isTrue();
    assertThat(result.problems()).isEmpty();
    assertThat(listener.caseNames()).containsExactly("adds", "divides", "overflows", "later");
    ReportedCase adds = listener.caseNamed("adds");
    assertThat(adds.className()).isEqualTo("com.example.CalculatorTest");
    assertThat(adds.suitePath()).containsExactly("com.example.CalculatorTest");
    assertThat(adds.durationMillis()).isEqualTo(OptionalLong.of(11));
    assertThat(adds.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(adds.location())
        .isEqualTo(ReportLocation.of(DATA.resolve("surefire-single-suite.xml"), 6));
  }

  @Test
  void shouldTakeOutcomesFromFailureErrorAndSkipped() {
    readFull("surefire-single-suite.xml");

    assertThat(listener.caseNamed("divides").outcome()).isEqualTo(Outcome.FAILED);
    assertThat(listener.caseNamed("overflows").outcome()).isEqualTo(Outcome.ERROR);
    assertThat(listener.caseNamed("later").outcome()).isEqualTo(Outcome.SKIPPED);
    assertThat(listener.caseNamed("later").problems())
        .containsExactly(new CaseProblem(CaseProblem.Kind.SKIPPED, "", "not yet", ""));
  }

  @Test
  void shouldKeepFailureTextsOutputsAndEscapesInFullMode() {
    readFull("surefire-single-suite.xml");

    ReportedCase divides = listener.caseNamed("divides");
    CaseProblem failure = divides.problems().get(0);
    assertThat(failure.kind()).isEqualTo(CaseProblem.Kind.FAILURE);
    assertThat(failure.type()).isEqualTo("org.opentest4j.AssertionFailedError");
    assertThat(failure.message()).isEqualTo("expected: <2> but was: <3>");
    assertThat(failure.text())
        .isEqualTo(
            "org.opentest4j.AssertionFailedError: expected: <2> but was: <3>\n"
                + "\tat com.example.CalculatorTest.divides(CalculatorTest.java:20)\n");
    assertThat(divides.systemOut()).isEqualTo("dividing 6 by 3\n");
    ReportedCase overflows = listener.caseNamed("overflows");
    assertThat(overflows.problems().get(0).text())
        .isEqualTo("java.lang.IllegalStateException: boom & more");
    assertThat(overflows.systemErr()).isEqualTo("warning: overflow");
  }

  @Test
  void shouldSkipBodiesButKeepTypesAndMessagesWhenReadingTimingsOnly() {
    JUnitXmlReader.timingsOnly().read(DATA.resolve("surefire-single-suite.xml"), listener);

    ReportedCase divides = listener.caseNamed("divides");
    assertThat(divides.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(divides.durationMillis()).isEqualTo(OptionalLong.of(2));
    assertThat(divides.problems())
        .containsExactly(
            new CaseProblem(
                CaseProblem.Kind.FAILURE,
                "org.opentest4j.AssertionFailedError",
                "expected: <2> but was: <3>",
                ""));
    assertThat(divides.systemOut()).isEmpty();
    assertThat(listener.caseNamed("overflows").systemErr()).isEmpty();
  }

  @Test
  void shouldDeliverSuiteDetailsRightAfterTheSuiteInFullMode() {
    readFull("surefire-single-suite.xml");

    assertThat(listener.events)
        .endsWith("suite com.example.CalculatorTest", "details com.example.CalculatorTest");
    SuiteDetails details = listener.details.get(0);
    assertThat(details.attributes())
        .containsExactly(
            Map.entry(
                "xsi:noNamespaceSchemaLocation",
                "https://maven.apache.org/surefire/maven-surefire-plugin/xsd/surefire-test-report.xsd"),
            Map.entry("version", "3.0.2"),
            Map.entry("tests", "4"),
            Map.entry("errors", "1"),
            Map.entry("skipped", "1"),
            Map.entry("failures", "1"));
    assertThat(details.properties()).containsExactly(Map.entry("java.version", "17.0.15"));
  }

  @Test
  void shouldKeepASuitesOwnOutput() throws Exception {
    String xml =
        "<testsuite name='G'><testcase classname='G' name='t'/>"
            + "<system-out><![CDATA[suite out]]></system-out><system-err>suite err</system-err>"
            + "</testsuite>";

    JUnitXmlReader.full()
        .read(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            Path.of("g.xml"),
            listener);

    assertThat(listener.details.get(0).systemOut()).isEqualTo("suite out");
    assertThat(listener.details.get(0).systemErr()).isEqualTo("suite err");
  }

  @Test
  void shouldNotDeliverSuiteDetailsWhenReadingTimingsOnly() {
    JUnitXmlReader.timingsOnly().read(DATA.resolve("surefire-single-suite.xml"), listener);

    assertThat(listener.details).isEmpty();
  }

  @Test
  void shouldDeliverSuitesAfterTheirCasesWithTheirOwnTime() {
    JUnitXmlReader.timingsOnly().read(DATA.resolve("surefire-single-suite.xml"), listener);

    assertThat(listener.events)
        .containsExactly(
            "case adds",
            "case divides",
            "case overflows",
            "case later",
            "suite com.example.CalculatorTest");
    ReportedSuite suite = listener.suites.get(0);
    assertThat(suite.durationMillis()).isEqualTo(OptionalLong.of(52));
    assertThat(suite.directCases()).isEqualTo(4);
    assertThat(suite.classNames()).containsExactly("com.example.CalculatorTest");
    assertThat(suite.location().line()).isEqualTo(2);
  }

  @Test
  void shouldAcceptATestsuitesRootWithSeveralSuites() {
    ReadResult result = readFull("testsuites-root.xml");

    assertThat(result.cases()).isEqualTo(3);
    assertThat(result.suites()).isEqualTo(2);
    assertThat(listener.caseNamed("sum adds").file()).isEqualTo("src/sum.test.js");
    assertThat(listener.caseNamed("product multiplies").file()).isEmpty();
    ReportedSuite sum = listener.suites.get(0);
    assertThat(sum.file()).isEqualTo("src/sum.test.js");
    assertThat(sum.timestamp()).isEqualTo("2026-11-26T08:00:00");
    assertThat(sum.hostname()).isEqualTo("ci-1");
    assertThat(sum.classNames()).containsExactlyInAnyOrder("sum adds", "sum subtracts");
  }

  @Test
  void shouldGiveNestedSuitesTheirPath() {
    JUnitXmlReader.timingsOnly().read(DATA.resolve("nested-suites.xml"), listener);

    assertThat(listener.caseNamed("first").suitePath()).containsExactly("outer");
    assertThat(listener.caseNamed("deep").suitePath()).containsExactly("outer", "middle", "inner");
    assertThat(listener.caseNamed("after inner").suitePath()).containsExactly("outer", "middle");
    assertThat(listener.events)
        .containsExactly(
            "case first",
            "case deep",
            "suite inner",
            "case after inner",
            "suite middle",
            "suite outer");
    assertThat(listener.suites.get(1).directCases()).isEqualTo(1);
  }

  @Test
  void shouldReadCommaTimesAndTreatBadTimesAsUnknownWithANote() {
    ReadResult result = readFull("times.xml");

    assertThat(listener.caseNamed("grouped").durationMillis()).hasValue(1_234_500);
    assertThat(listener.caseNamed("decimalComma").durationMillis()).hasValue(1_500);
    assertThat(listener.caseNamed("plain").durationMillis()).hasValue(2);
    assertThat(listener.caseNamed("exponent").durationMillis()).hasValue(2);
    assertThat(listener.suites.get(0).durationMillis()).hasValue(1_300_250);
    for (String unknown : List.of("missing", "empty", "negative", "nan", "words")) {
      assertThat(listener.caseNamed(unknown).durationMillis()).as(unknown).isEmpty();
    }
    assertThat(result.problems())
        .extracting(ReportProblem::toString)
        .containsExactly(
            DATA.resolve("times.xml")
                + ":8: testcase 'Times.empty': time is empty;"
                + " its duration is treated as unknown",
            DATA.resolve("times.xml")
                + ":9: testcase 'Times.negative': time '-1.0' is negative;"
                + " its duration is treated as unknown",
            DATA.resolve("times.xml")
                + ":10: testcase 'Times.nan': time 'NaN' is not a number of"
                + " seconds; its duration is treated as unknown",
            DATA.resolve("times.xml")
                + ":11: testcase 'Times.words': time 'fast' is not a number"
                + " of seconds; its duration is treated as unknown");
    assertThat(result.problems()).noneMatch(ReportProblem::fatal);
    assertThat(result.cases()).isEqualTo(9);
  }

  @Test
  void shouldKeepSurefireRerunsAsProblemsOfTheirOwnKinds() {
    readFull("surefire-reruns.xml");

    ReportedCase flaky = listener.caseNamed("sometimes");
    assertThat(flaky.outcome()).isEqualTo(Outcome.PASSED);
    assertThat(flaky.problems())
        .extracting(CaseProblem::kind, CaseProblem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CaseProblem.Kind.FLAKY_FAILURE, "first try failed"),
            org.assertj.core.groups.Tuple.tuple(
                CaseProblem.Kind.FLAKY_ERROR, "second try crashed"));
    assertThat(flaky.problems().get(0).text())
        .isEqualTo(
            "java.lang.AssertionError: first try failed\n"
                + "\tat com.example.FlakyTest.sometimes(FlakyTest.java:12)");
    ReportedCase always = listener.caseNamed("always");
    assertThat(always.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(always.problems())
        .extracting(CaseProblem::kind)
        .containsExactly(
            CaseProblem.Kind.FAILURE, CaseProblem.Kind.RERUN_FAILURE, CaseProblem.Kind.RERUN_ERROR);
    assertThat(always.problems().get(2).text()).isEqualTo("java.lang.Error: crashed (run 3)");
  }

  @Test
  void shouldKeepPropertiesAndUnknownAttributesInDocumentOrder() {
    readFull("case-details.xml");

    ReportedCase annotated = listener.caseNamed("has annotations");
    assertThat(annotated.properties())
        .containsExactly(
            Map.entry("@line", "12"),
            Map.entry("@assertions", "3"),
            Map.entry("issue", "JIRA-1"),
            Map.entry("issue#2", "JIRA-2"),
            Map.entry("description", "a long\ndescription"));
    assertThat(annotated.file()).isEqualTo("tests/spec.ts");
    assertThat(annotated.systemOut()).isEqualTo("first second");
    assertThat(annotated.systemErr()).isEqualTo("<b>not markup</b>");
  }

  @Test
  void shouldNotKeepPropertiesWhenReadingTimingsOnly() {
    JUnitXmlReader.timingsOnly().read(DATA.resolve("case-details.xml"), listener);

    assertThat(listener.caseNamed("has annotations").properties()).isEmpty();
  }

  @Test
  void shouldDeliverCasesWithMissingAttributesAsEmptyStrings() {
    ReadResult result = readFull("missing-attributes.xml");

    assertThat(result.cases()).isEqualTo(3);
    assertThat(listener.cases)
        .extracting(ReportedCase::className, ReportedCase::name)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("", ""),
            org.assertj.core.groups.Tuple.tuple("", "onlyName"),
            org.assertj.core.groups.Tuple.tuple("OnlyClass", ""));
    assertThat(listener.cases).allMatch(c -> c.durationMillis().isEmpty());
    assertThat(listener.suites.get(0).suitePath()).containsExactly("");
  }

  @Test
  void shouldDeliverEmptySuites() {
    ReadResult result = readFull("empty-suites.xml");

    assertThat(result.suites()).isEqualTo(3);
    assertThat(result.cases()).isEqualTo(1);
    assertThat(listener.suites)
        .extracting(ReportedSuite::name, ReportedSuite::directCases)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("nothing here", 0),
            org.assertj.core.groups.Tuple.tuple("also nothing", 0),
            org.assertj.core.groups.Tuple.tuple("one", 1));
  }

  @Test
  void shouldDeliverTheCasesBeforeAMalformedPointAndNameTheLine() {
    ReadResult result = readFull("malformed-mid-file.xml");

    assertThat(listener.caseNames()).containsExactly("good1", "good2");
    assertThat(result.cases()).isEqualTo(2);
    ReportProblem fatal = result.fatalProblem().orElseThrow();
    assertThat(fatal.location())
        .isEqualTo(ReportLocation.of(DATA.resolve("malformed-mid-file.xml"), 6));
    assertThat(fatal.message())
        .startsWith("is not well-formed XML")
        .contains("failure")
        .endsWith("(the 2 test cases before this point were read)");
    assertThat(listener.problems).containsExactly(fatal);
  }

  @Test
  void shouldReportATruncatedFileAfterDeliveringItsCompleteCases() {
    ReadResult result = readFull("truncated.xml");

    assertThat(listener.caseNames()).containsExactly("complete");
    assertThat(result.isComplete()).isFalse();
    assertThat(result.fatalProblem().orElseThrow().message())
        .contains("EOF")
        .contains("not well-formed XML");
    assertThat(result.fatalProblem().orElseThrow().location().line()).isEqualTo(5);
  }

  @ParameterizedTest
  @ValueSource(strings = {"empty.xml", "whitespace-only.xml", "binary-junk.xml"})
  void shouldRefuseFilesThatAreNotXmlWithAFatalProblem(String name) {
    ReadResult result = readFull(name);

    assertThat(result.cases()).isZero();
    assertThat(result.problems()).hasSize(1);
    ReportProblem problem = result.fatalProblem().orElseThrow();
    assertThat(problem.location().file()).isEqualTo(DATA.resolve(name));
    assertThat(problem.message())
        .containsAnyOf("empty", "no root element", "not well-formed", "bytes that are not valid");
  }

  @Test
  void shouldSayAnEmptyFileIsEmpty() {
    assertThat(readFull("empty.xml").fatalProblem().orElseThrow().toString())
        .isEqualTo(DATA.resolve("empty.xml") + ": is empty: not a JUnit XML report");
  }

  @Test
  void shouldRefuseAWrongRootElement() {
    ReadResult result = readFull("pom.xml");

    assertThat(result.fatalProblem().orElseThrow().toString())
        .isEqualTo(
            DATA.resolve("pom.xml")
                + ":2: root element is <project>, expected <testsuites> or <testsuite>:"
                + " not a JUnit XML report");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "billion-laughs.xml",
        "quadratic-blowup.xml",
        "external-entity.xml",
        "external-dtd.xml"
      })
  void shouldRefuseADoctypeBeforeReadingAnything(String name) {
    ReadResult result = readFull(name);

    assertThat(result.cases()).isZero();
    assertThat(listener.cases).isEmpty();
    assertThat(result.fatalProblem().orElseThrow().message())
        .startsWith("has a DOCTYPE declaration, which is refused");
  }

  @Test
  void shouldRefuseAnUndeclaredEntityAfterKeepingEarlierCases() {
    ReadResult result = readFull("undeclared-entity.xml");

    assertThat(listener.caseNames()).containsExactly("before");
    assertThat(result.fatalProblem().orElseThrow().message()).contains("secret");
    assertThat(result.fatalProblem().orElseThrow().location().line()).isEqualTo(4);
  }

  @Test
  void shouldReportJunkAfterTheRootElement() {
    ReadResult result = readFull("trailing-junk.xml");

    assertThat(listener.caseNames()).containsExactly("a");
    assertThat(result.fatalProblem().orElseThrow().location().line()).isEqualTo(3);
  }

  @Test
  void shouldHonourADeclaredLatin1Encoding() {
    ReadResult result = readFull("latin1.xml");

    assertThat(result.isComplete()).isTrue();
    assertThat(listener.cases.get(0).className()).isEqualTo("CaféTest");
    assertThat(listener.cases.get(0).name()).isEqualTo("crème brûlée");
  }

  @Test
  void shouldHonourUtf16() {
    readFull("utf16.xml");

    assertThat(listener.cases.get(0).name()).isEqualTo("テスト");
    assertThat(listener.cases.get(0).durationMillis()).hasValue(250);
  }

  @Test
  void shouldDeliverEveryCaseBeforeInvalidBytesAndStopAtTheirLineWhenStrict() {
    ReadResult result =
        JUnitXmlReader.full().withStrictDecoding().read(DATA.resolve("invalid-utf8.xml"), listener);

    assertThat(listener.caseNames()).hasSize(200).doesNotHaveDuplicates();
    assertThat(result.cases()).isEqualTo(200);
    ReportProblem fatal = result.fatalProblem().orElseThrow();
    assertThat(fatal.location())
        .isEqualTo(ReportLocation.of(DATA.resolve("invalid-utf8.xml"), 203));
    assertThat(fatal.message())
        .startsWith(
            "contains bytes that are not valid in its declared encoding UTF-8: Invalid UTF-8")
        .endsWith("(the 200 test cases before this point were read)");
    assertThat(result.problems()).containsExactly(fatal);
    assertThat(listener.problems).containsExactly(fatal);
  }

  @Test
  void shouldReadPastInvalidBytesAsReplacementCharactersWithANote() {
    ReadResult result = JUnitXmlReader.full().read(DATA.resolve("invalid-utf8.xml"), listener);

    assertThat(result.cases()).isEqualTo(201);
    assertThat(listener.caseNames()).hasSize(201).doesNotHaveDuplicates();
    assertThat(listener.cases.get(200).name()).isEqualTo("caf\uFFFD in latin-1 bytes");
    assertThat(result.isComplete()).isTrue();
    ReportProblem note = result.problems().get(0);
    assertThat(note.fatal()).isFalse();
    assertThat(note.location()).isEqualTo(ReportLocation.of(DATA.resolve("invalid-utf8.xml"), 203));
    assertThat(note.message())
        .startsWith("contains bytes that are not valid in its encoding UTF-8 (Invalid UTF-8")
        .endsWith("they were read as U+FFFD replacement characters, first in this test case");
    assertThat(result.problems()).hasSize(1);
    assertThat(listener.problems).containsExactly(note);
  }

  @Test
  void shouldFailOnInvalidBytesInAStreamNamingTheEncoding() throws Exception {
    byte[] bytes = Files.readAllBytes(DATA.resolve("invalid-utf8.xml"));

    ReadResult result =
        JUnitXmlReader.full()
            .read(new ByteArrayInputStream(bytes), Path.of("stream.xml"), listener);

    assertThat(result.fatalProblem().orElseThrow().message())
        .startsWith("contains bytes that are not valid in its declared encoding UTF-8");
    assertThat(listener.cases).hasSizeGreaterThan(100);
  }

  @Test
  void shouldReadDuplicatedNamesInTwoFilesAsTwoCases() {
    RecordingListener both = listener;
    JUnitXmlReader reader = JUnitXmlReader.timingsOnly();

    reader.read(DATA.resolve("duplicate-a.xml"), both);
    reader.read(DATA.resolve("duplicate-b.xml"), both);

    assertThat(both.cases).hasSize(2);
    assertThat(both.cases)
        .extracting(c -> c.location().file().getFileName().toString(), c -> c.durationMillis())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("duplicate-a.xml", OptionalLong.of(1000)),
            org.assertj.core.groups.Tuple.tuple("duplicate-b.xml", OptionalLong.of(2000)));
  }

  @Test
  void shouldGoOnWithTheNextFileAfterABrokenOne() {
    JUnitXmlReader reader = JUnitXmlReader.full();
    List<ReadResult> results = new ArrayList<>();

    for (String name :
        List.of("binary-junk.xml", "malformed-mid-file.xml", "testsuites-root.xml")) {
      results.add(reader.read(DATA.resolve(name), listener));
    }

    assertThat(results).extracting(ReadResult::isComplete).containsExactly(false, false, true);
    assertThat(listener.cases).hasSize(5);
  }

  @Test
  void shouldReportAMissingFile() {
    ReadResult result = readFull("no-such-report.xml");

    assertThat(result.fatalProblem().orElseThrow().toString())
        .isEqualTo(DATA.resolve("no-such-report.xml") + ": does not exist");
    assertThat(listener.problems).hasSize(1);
  }

  @Test
  void shouldReportADirectoryGivenAsAFile() {
    assertThat(JUnitXmlReader.full().read(DATA, listener).fatalProblem().orElseThrow().message())
        .isEqualTo("is a directory, not a report file");
  }

  @Test
  void shouldCutOverlongTextsWithAMarkerAndANote() {
    String big = "x".repeat(100);
    String xml =
        "<testsuite name='S'><testcase classname='C' name='long'><system-out>"
            + big
            + "</system-out></testcase></testsuite>";

    ReadResult result =
        JUnitXmlReader.full()
            .withMaxTextLength(10)
            .read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                Path.of("s.xml"),
                listener);

    assertThat(listener.cases.get(0).systemOut())
        .isEqualTo("xxxxxxxxxx\n[parallel-tests: 90 more characters cut]");
    assertThat(result.problems())
        .extracting(ReportProblem::message)
        .containsExactly(
            "<system-out> of testcase 'C.long' is longer than 10 characters: cut, 90 characters"
                + " left out");
    assertThat(result.isComplete()).isTrue();
  }

  @Test
  void shouldCapNotesPerFileAndSummarizeTheRest() throws Exception {
    StringBuilder xml = new StringBuilder("<testsuite name='S'>");
    for (int i = 0; i < 120; i++) {
      xml.append("<testcase classname='C' name='t").append(i).append("' time='NaN'/>");
    }
    xml.append("</testsuite>");

    ReadResult result =
        JUnitXmlReader.timingsOnly()
            .read(
                new ByteArrayInputStream(xml.toString().getBytes(StandardCharsets.UTF_8)),
                Path.of("n.xml"),
                listener);

    assertThat(result.cases()).isEqualTo(120);
    assertThat(result.problems()).hasSize(JUnitXmlReader.MAX_NOTES_PER_FILE + 1);
    assertThat(result.problems().get(result.problems().size() - 1).message())
        .isEqualTo("70 more notes like the above were left out");
  }

  @Test
  void shouldLetTheListenersOwnExceptionPropagate() {
    ReportListener failing =
        testCase -> {
          throw new IllegalStateException("listener broke on " + testCase.name());
        };

    assertThatThrownBy(
            () -> JUnitXmlReader.full().read(DATA.resolve("surefire-single-suite.xml"), failing))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("listener broke on adds");
  }

  @Test
  void shouldAcceptAnXmlDeclarationlessReportWithEntitiesItNeedsNoDtdFor(@TempDir Path dir)
      throws Exception {
    Path file = dir.resolve("r.xml");
    Files.writeString(
        file,
        "<testsuite name='S'><testcase classname='a&amp;b' name='&lt;&#65;&#x42;&gt;'/></testsuite>");

    ReadResult result = JUnitXmlReader.full().read(file, listener);

    assertThat(result.isComplete()).isTrue();
    assertThat(listener.cases.get(0).className()).isEqualTo("a&b");
    assertThat(listener.cases.get(0).name()).isEqualTo("<AB>");
  }

  @Test
  void shouldRefuseAbsurdNestingWithAClearMessage() {
    String xml =
        "<testsuites>"
            + "<testsuite name='n'>".repeat(1000)
            + "<testcase name='deep'/>"
            + "</testsuite>".repeat(1000)
            + "</testsuites>";

    ReadResult result =
        JUnitXmlReader.full()
            .read(
                new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
                Path.of("deep.xml"),
                listener);

    assertThat(result.fatalProblem().orElseThrow().message())
        .startsWith("exceeds a safety limit for reports: Maximum Element Depth limit (500)");
  }
}
