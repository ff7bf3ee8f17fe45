package dev.paralleltests.core.merge;

import static dev.paralleltests.core.merge.ScriptedReports.errored;
import static dev.paralleltests.core.merge.ScriptedReports.failed;
import static dev.paralleltests.core.merge.ScriptedReports.passed;
import static dev.paralleltests.core.merge.ScriptedReports.skipped;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.junit.CaseProblem;
import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.ShardStatus;
import dev.paralleltests.core.report.TestEntry;
import dev.paralleltests.core.report.TestTiming;
import dev.paralleltests.core.report.Totals;
import dev.paralleltests.core.unit.Granularity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class JUnitMergerTest {
  @TempDir Path dir;

  private final ScriptedReports reports = new ScriptedReports();

  private MergeResult merge(MergeRequest request) throws MergeException {
    return JUnitMerger.using(reports).merge(request);
  }

  private MergeRequest shards(String... paths) {
    List<ShardInput> inputs = new ArrayList<>();
    for (int i = 0; i < paths.length; i++) {
      inputs.add(ShardInput.of(i + 1, dir.resolve(paths[i])));
    }
    return MergeRequest.of(inputs, dir.resolve("out/merged.xml"));
  }

  @Test
  void countsOfTheMergedReportAreTheSumOverShards() throws Exception {
    reports
        .suite(dir.resolve("s1/TEST-A.xml"), "A", 30, passed("A", "a1", 10), passed("A", "a2", 20))
        .suite(dir.resolve("s1/TEST-B.xml"), "B", 5, failed("B", "b1", 5, "boom"))
        .suite(
            dir.resolve("s2/TEST-C.xml"), "C", 7, skipped("C", "c1"), errored("C", "c2", 7, "io"));

    MergeResult result = merge(shards("s1", "s2"));

    assertThat(result.summary().totals()).isEqualTo(new Totals(5, 2, 1, 1, 1, 0));
    Element root = parse(result.output()).getDocumentElement();
    assertThat(root.getAttribute("tests")).isEqualTo("5");
    assertThat(root.getAttribute("failures")).isEqualTo("1");
    assertThat(root.getAttribute("errors")).isEqualTo("1");
    assertThat(root.getAttribute("skipped")).isEqualTo("1");
    assertThat(root.getElementsByTagName("testcase").getLength()).isEqualTo(5);
    assertThat(root.getElementsByTagName("testsuite").getLength()).isEqualTo(3);
    assertThat(result.filesRead()).isEqualTo(3);
    assertThat(result.summary().status()).isEqualTo(RunSummary.Status.FAILED);
  }

  @Test
  void eachCaseRecordsItsShardAndAttempt() throws Exception {
    reports.suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "a", 1));
    reports.suite(dir.resolve("s2/attempt-2/b.xml"), "B", 1, passed("B", "b", 1));

    Document doc = parse(merge(shards("s1", "s2")).output());

    assertThat(cases(doc))
        .extracting(e -> e.getAttribute("name"), e -> e.getAttribute("shard"), this::attempt)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", "1", "1"),
            org.assertj.core.groups.Tuple.tuple("b", "2", "2"));
  }

  private String attempt(Element e) {
    return e.getAttribute("attempt");
  }

  @Test
  void aTestThatFailedThenPassedIsOneFlakyPassingCaseInSurefireFormat() throws Exception {
    reports
        .suite(
            dir.resolve("s1/attempt-1/a.xml"),
            "A",
            9,
            failed("A", "t", 4, "first try"),
            passed("A", "u", 5))
        .suite(dir.resolve("s1/attempt-2/a.xml"), "A", 3, passed("A", "t", 3));

    MergeResult result = merge(shards("s1"));

    RunSummary summary = result.summary();
    assertThat(summary.totals()).isEqualTo(new Totals(2, 2, 0, 0, 0, 1));
    assertThat(summary.isGreen()).isTrue();
    assertThat(summary.flakyTests())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.displayName()).isEqualTo("A.t");
              assertThat(f.messages()).containsExactly("first try");
              assertThat(f.attempts()).isEqualTo(2);
            });
    Element t = caseNamed(parse(result.output()), "t");
    assertThat(t.getAttribute("attempt")).isEqualTo("2");
    assertThat(t.getElementsByTagName("failure").getLength()).isZero();
    Element flaky = (Element) t.getElementsByTagName("flakyFailure").item(0);
    assertThat(flaky.getAttribute("message")).isEqualTo("first try");
    assertThat(flaky.getElementsByTagName("stackTrace").item(0).getTextContent())
        .isEqualTo("trace");
    assertThat(flaky.getElementsByTagName("system-out").item(0).getTextContent())
        .isEqualTo("out of t");
    assertThat(parse(result.output()).getDocumentElement().getAttribute("tests")).isEqualTo("2");
  }

  @Test
  void aTestThatFailedOnEveryAttemptStaysAFailureWithEveryMessage() throws Exception {
    reports
        .suite(dir.resolve("s1/attempt-1/a.xml"), "A", 1, failed("A", "t", 1, "one"))
        .suite(dir.resolve("s1/attempt-2/a.xml"), "A", 1, failed("A", "t", 1, "two"))
        .suite(dir.resolve("s1/attempt-3/a.xml"), "A", 1, errored("A", "t", 1, "three"));

    MergeResult result = merge(shards("s1"));

    assertThat(result.summary().totals()).isEqualTo(new Totals(1, 0, 0, 1, 0, 0));
    assertThat(result.summary().failures())
        .singleElement()
        .satisfies(f -> assertThat(f.messages()).containsExactly("one", "two", "three"));
    Element t = caseNamed(parse(result.output()), "t");
    assertThat(((Element) t.getElementsByTagName("error").item(0)).getAttribute("message"))
        .isEqualTo("three");
    NodeList reruns = t.getElementsByTagName("rerunFailure");
    assertThat(reruns.getLength()).isEqualTo(2);
    assertThat(((Element) reruns.item(0)).getAttribute("message")).isEqualTo("one");
    assertThat(((Element) reruns.item(1)).getAttribute("message")).isEqualTo("two");
    assertThat(t.getAttribute("runs")).isEqualTo("3");
  }

  @Test
  void surefireInFileRerunsAreAttemptsOfTheSameTest() throws Exception {
    var flakyInFile =
        ScriptedReports.test(
            "A",
            "t",
            2,
            Outcome.PASSED,
            List.of(new CaseProblem(CaseProblem.Kind.FLAKY_FAILURE, "AE", "was flaky", "st")),
            "");
    reports.suite(dir.resolve("s1/a.xml"), "A", 2, flakyInFile);

    MergeResult result = merge(shards("s1"));

    assertThat(result.summary().totals()).isEqualTo(new Totals(1, 1, 0, 0, 0, 1));
    Element t = caseNamed(parse(result.output()), "t");
    assertThat(t.getAttribute("runs")).isEqualTo("2");
    assertThat(((Element) t.getElementsByTagName("flakyFailure").item(0)).getAttribute("message"))
        .isEqualTo("was flaky");
  }

  @Test
  void twoSameNamedCasesInOneReportAreDistinctTests() throws Exception {
    reports.suite(
        dir.resolve("s1/jest.xml"),
        "suite",
        3,
        passed("", "renders", 1),
        failed("", "renders", 2, "x"));

    MergeResult result = merge(shards("s1"));

    assertThat(result.summary().totals()).isEqualTo(new Totals(2, 1, 1, 0, 0, 0));
    assertThat(cases(parse(result.output()))).hasSize(2);
    assertThat(result.summary().warnings()).isEmpty();
  }

  @Test
  void aRetryOfOnlyTheFailedOneOfTwoSameNamedCasesMatchesTheFailedOne() throws Exception {
    reports.suite(
        dir.resolve("s1/attempt-1/jest.xml"),
        "suite",
        3,
        passed("", "renders", 1),
        failed("", "renders", 2, "x"));
    reports.suite(dir.resolve("s1/attempt-2/jest.xml"), "suite", 1, passed("", "renders", 1));

    MergeResult result = merge(shards("s1"));

    assertThat(result.summary().totals()).isEqualTo(new Totals(2, 2, 0, 0, 0, 1));
    assertThat(cases(parse(result.output())))
        .extracting(this::attempt)
        .containsExactlyInAnyOrder("1", "2");
  }

  @Test
  void aFullRerunOfSameNamedCasesIsMatchedByOrderSoAFailingOneStaysFailed() throws Exception {
    reports.suite(
        dir.resolve("s1/attempt-1/jest.xml"),
        "suite",
        3,
        passed("", "renders", 1),
        failed("", "renders", 2, "x"));
    reports.suite(
        dir.resolve("s1/attempt-2/jest.xml"),
        "suite",
        3,
        passed("", "renders", 1),
        failed("", "renders", 2, "y"));

    MergeResult result = merge(shards("s1"));

    assertThat(result.summary().totals()).isEqualTo(new Totals(2, 1, 1, 0, 0, 0));
    assertThat(result.summary().failures())
        .singleElement()
        .satisfies(f -> assertThat(f.messages()).containsExactly("x", "y"));
  }

  @Test
  void theSameTestInTwoShardsIsKeptTwiceAndWarnedAbout() throws Exception {
    reports
        .suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "t", 1))
        .suite(dir.resolve("s2/a.xml"), "A", 1, passed("A", "t", 1));

    MergeResult result = merge(shards("s1", "s2"));

    assertThat(result.summary().totals().tests()).isEqualTo(2);
    assertThat(cases(parse(result.output()))).hasSize(2);
    assertThat(result.summary().warnings()).containsExactly("A.t ran in shards 1 and 2; kept both");
  }

  @Test
  void conflictingOutcomesOfTheSameTestInTwoShardsAreNamed() throws Exception {
    reports
        .suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "t", 1))
        .suite(dir.resolve("s2/a.xml"), "A", 1, failed("A", "t", 1, "no"));

    MergeResult result = merge(shards("s1", "s2"));

    assertThat(result.summary().warnings())
        .containsExactly(
            "A.t ran in shards 1 and 2 with conflicting outcomes (passed in shard 1, failed in"
                + " shard 2); kept both");
    assertThat(result.summary().status()).isEqualTo(RunSummary.Status.FAILED);
  }

  @Test
  void wallTimeIsTheSlowestShardAndMachineTimeTheSum() throws Exception {
    reports
        .suite(dir.resolve("s1/a.xml"), "A", 4_000, passed("A", "a", 3_000))
        .suite(dir.resolve("s2/b.xml"), "B", 1_000, passed("B", "b", 900))
        .suite(dir.resolve("s2/attempt-2/b.xml"), "B", 500, passed("B", "c", 400));

    MergeResult result = merge(shards("s1", "s2"));

    assertThat(result.summary().wallMillis()).isEqualTo(4_000);
    assertThat(result.summary().machineMillis()).isEqualTo(5_500);
    assertThat(result.summary().shards().get(1).actualMillis()).hasValue(1_500);
    assertThat(parse(result.output()).getDocumentElement().getAttribute("time")).isEqualTo("4.000");
    // lower bound: max(5500 / 2, longest class 3000)
    assertThat(result.summary().lowerBoundMillis()).isEqualTo(3_000);
  }

  @Test
  void aRunnersMeasuredShardTimesAreMachineTimeInTheSummaryAndTheMergedFileAlike()
      throws Exception {
    reports
        .suite(dir.resolve("s1/a.xml"), "A", 4_000, passed("A", "a", 3_000))
        .suite(dir.resolve("s2/b.xml"), "B", 1_000, passed("B", "b", 900));

    MergeResult result =
        merge(shards("s1", "s2").withMeasuredMillis(java.util.Map.of(1, 9_000L, 2, 6_000L)));

    RunSummary summary = result.summary();
    assertThat(summary.wallMillis()).isEqualTo(9_000);
    assertThat(summary.machineMillis()).isEqualTo(15_000);
    assertThat(summary.testMillis()).isEqualTo(5_000); // what the reports give
    var root = parse(result.output()).getDocumentElement();
    assertThat(root.getAttribute("time")).isEqualTo("9.000");
    assertThat(root.getAttribute("machineTime")).isEqualTo("15.000");
    assertThat(root.getAttribute("testTime")).isEqualTo("5.000");
  }

  @Test
  void listsEveryTestWithItsShardStatusTimeAndWhyItWasSkippedOrFailed() throws Exception {
    reports
        .suite(dir.resolve("s1/a.xml"), "A", 30, passed("A", "a", 20), skipped("A", "s"))
        .suite(dir.resolve("s2/b.xml"), "B", 10, failed("B", "b", 10, "expected 1\nbut was 2"));

    MergeResult result = merge(shards("s1", "s2"));

    assertThat(result.tests())
        .containsExactly(
            new TestEntry(1, "A", "a", TestEntry.Status.PASSED, 20, 1, ""),
            new TestEntry(1, "A", "s", TestEntry.Status.SKIPPED, 0, 1, "disabled"),
            new TestEntry(2, "B", "b", TestEntry.Status.FAILED, 10, 1, "expected 1"));
  }

  @Test
  void aShardThatProducedNothingIsMissingAndTheRunIsAnError() throws Exception {
    reports.suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "a", 1));

    MergeResult result = merge(shards("s1").withExpectedShards(3));

    RunSummary summary = result.summary();
    assertThat(summary.shards())
        .extracting(s -> s.status())
        .containsExactly(ShardStatus.PASSED, ShardStatus.MISSING, ShardStatus.MISSING);
    assertThat(summary.problemMessages())
        .containsExactly(
            "shard 2 of 3 is missing: it produced no report",
            "shard 3 of 3 is missing: it produced no report");
    assertThat(summary.isGreen()).isFalse();
    assertThat(summary.status()).isEqualTo(RunSummary.Status.ERROR);
  }

  @Test
  void anIdleShardThatProducedNothingIsNotMissing() throws Exception {
    // Queue mode: shard 2's only batch was lost and ran again on shard 1.
    reports.suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "a", 1));

    MergeResult result =
        merge(shards("s1").withExpectedShards(3).withIdleShards(java.util.Set.of(2)));

    assertThat(result.summary().shards())
        .extracting(s -> s.status())
        .containsExactly(ShardStatus.PASSED, ShardStatus.PASSED, ShardStatus.MISSING);
    assertThat(result.summary().problemMessages())
        .containsExactly("shard 3 of 3 is missing: it produced no report");
  }

  @Test
  void plannedAndActualTimeAreComparedPerShard() throws Exception {
    reports
        .suite(dir.resolve("s1/a.xml"), "A", 2_000, passed("A", "a", 2_000))
        .suite(dir.resolve("s2/b.xml"), "B", 3_000, passed("B", "b", 3_000));
    ShardPlan plan =
        plan(new Shard(1, List.of("A"), false, 2_500), new Shard(2, List.of("B"), true, 2_400));

    RunSummary summary = merge(shards("s1", "s2").withPlan(plan)).summary();

    assertThat(summary.shards().get(0).plannedMillis()).hasValue(2_500);
    assertThat(summary.shards().get(0).actualMillis()).hasValue(2_000);
    assertThat(summary.shards().get(1).plannedUnits()).hasValue(1);
    assertThat(summary.plannedMakespanMillis()).hasValue(2_500);
    assertThat(summary.isGreen()).isTrue();
  }

  @Test
  void aMissingShardOfOnePlannedUnitSaysUnitInTheSingular() throws Exception {
    reports.suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "a", 1));
    ShardPlan plan =
        plan(new Shard(1, List.of("A"), false, 1), new Shard(2, List.of("B"), false, 1));

    RunSummary summary = merge(shards("s1").withPlan(plan)).summary();

    assertThat(summary.problemMessages())
        .containsExactly("shard 2 of 2 is missing: it produced no report (1 unit planned)");
  }

  @Test
  void aShardPlannedWithTestsThatReportedNoneIsAnError() throws Exception {
    reports.suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "a", 1));
    reports.suite(dir.resolve("s2/empty.xml"), "empty", 0);
    ShardPlan plan =
        plan(new Shard(1, List.of("A"), false, 1), new Shard(2, List.of("B", "C"), false, 1));

    RunSummary summary = merge(shards("s1", "s2").withPlan(plan)).summary();

    assertThat(summary.shards().get(1).status()).isEqualTo(ShardStatus.EMPTY);
    assertThat(summary.problemMessages())
        .containsExactly("shard 2 reported no tests although 2 units were planned for it");
    assertThat(summary.isGreen()).isFalse();
  }

  @Test
  void aMalformedFileIsReportedWithFileAndLineAndEveryOtherFileStillMerges() throws Exception {
    Path bad = dir.resolve("s1/TEST-bad.xml");
    reports
        .suite(dir.resolve("s1/TEST-good.xml"), "G", 1, passed("G", "g", 1))
        .suite(bad, "Bad", -1, passed("Bad", "before-the-break", 1))
        .broken(bad, 17, "unexpected end of file")
        .suite(dir.resolve("s2/TEST-other.xml"), "O", 1, passed("O", "o", 1));

    MergeResult result = merge(shards("s1", "s2"));

    assertThat(result.summary().problemMessages())
        .containsExactly("shard 1: " + bad + ":17: unexpected end of file");
    assertThat(result.summary().shards().get(0).status()).isEqualTo(ShardStatus.UNREADABLE);
    assertThat(result.summary().status()).isEqualTo(RunSummary.Status.ERROR);
    assertThat(cases(parse(result.output())))
        .extracting(e -> e.getAttribute("name"))
        .containsExactlyInAnyOrder("g", "before-the-break", "o");
  }

  @Test
  void noReportFilesAtAllIsAToolError() throws Exception {
    Files.createDirectories(dir.resolve("s1"));

    assertThatThrownBy(() -> merge(shards("s1")))
        .isInstanceOf(MergeException.class)
        .hasMessageContaining("no JUnit XML report files found in: [" + dir.resolve("s1"));
  }

  @Test
  void anOutputThatCannotBeWrittenIsAToolErrorNamingIt() throws Exception {
    reports.suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "a", 1));
    Files.writeString(dir.resolve("not-a-dir"), "x");
    Path output = dir.resolve("not-a-dir/merged.xml");

    assertThatThrownBy(
            () -> merge(MergeRequest.of(List.of(ShardInput.of(1, dir.resolve("s1"))), output)))
        .isInstanceOf(MergeException.class)
        .hasMessageStartingWith("cannot write merged report " + output);
  }

  @Test
  void theOutputIsNotReadBackAsAnInputWhenItLiesInsideAShardDirectory() throws Exception {
    reports.suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "a", 1));
    Path output = dir.resolve("s1/merged.xml");
    Files.writeString(output, "<testsuites/>");

    MergeResult result =
        merge(MergeRequest.of(List.of(ShardInput.of(1, dir.resolve("s1"))), output));

    assertThat(result.filesRead()).isEqualTo(1);
    assertThat(cases(parse(output))).hasSize(1);
  }

  @Test
  void characterThatXmlCannotHoldAreReplacedSoTheOutputIsWellFormed() throws Exception {
    reports.suite(
        dir.resolve("s1/a.xml"),
        "A",
        1,
        failed("A", "t", 1, "bell \u0007 and \"quotes\"\nline 2 <&>"));

    MergeResult result = merge(shards("s1"));

    Element failure =
        (Element) caseNamed(parse(result.output()), "t").getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).isEqualTo("bell \uFFFD and \"quotes\"\nline 2 <&>");
  }

  @Test
  void eachFileOfAShardRunOnceIsReadOnce() throws Exception {
    reports
        .suite(dir.resolve("s1/a.xml"), "A", 1, passed("A", "a", 1))
        .suite(dir.resolve("s1/b.xml"), "B", 1, passed("B", "b", 1));

    merge(shards("s1"));

    assertThat(reports.reads)
        .containsEntry(dir.resolve("s1/a.xml"), 1)
        .containsEntry(dir.resolve("s1/b.xml"), 1)
        .hasSize(2);
  }

  @Test
  void eachFileOfAShardWithRetriesIsReadTwiceAndNoMore() throws Exception {
    reports
        .suite(dir.resolve("s1/attempt-1/a.xml"), "A", 1, failed("A", "a", 1, "x"))
        .suite(dir.resolve("s1/attempt-2/a.xml"), "A", 1, passed("A", "a", 1))
        .suite(dir.resolve("s2/b.xml"), "B", 1, passed("B", "b", 1));

    merge(shards("s1", "s2"));

    assertThat(reports.reads)
        .containsEntry(dir.resolve("s1/attempt-1/a.xml"), 2)
        .containsEntry(dir.resolve("s1/attempt-2/a.xml"), 2)
        .containsEntry(dir.resolve("s2/b.xml"), 1)
        .hasSize(3);
  }

  @Test
  void equallySlowTestsOfTheSameNameAreListedInShardOrder() throws Exception {
    for (int shard = 1; shard <= 4; shard++) {
      reports.suite(dir.resolve("s" + shard + "/a.xml"), "A", 5_000, passed("A", "slow", 5_000));
    }

    RunSummary summary = merge(shards("s1", "s2", "s3", "s4")).summary();

    assertThat(summary.slowestTests()).extracting(TestTiming::shard).containsExactly(1, 2, 3, 4);
    assertThat(summary.slowestUnits()).extracting(TestTiming::shard).containsExactly(1, 2, 3, 4);
  }

  @Test
  void suiteTimeOfAPartlyRerunSuiteIsTheSumOfTheCasesItStillHolds() throws Exception {
    reports
        .suite(
            dir.resolve("s1/attempt-1/a.xml"),
            "A",
            10_000,
            passed("A", "a", 1_000),
            failed("A", "b", 2_000, "x"))
        .suite(dir.resolve("s1/attempt-2/a.xml"), "A", 2_500, passed("A", "b", 2_100));

    Document doc = parse(merge(shards("s1")).output());

    NodeList suites = doc.getElementsByTagName("testsuite");
    assertThat(suites.getLength()).isEqualTo(2);
    assertThat(((Element) suites.item(0)).getAttribute("time")).isEqualTo("1.000");
    assertThat(((Element) suites.item(1)).getAttribute("time")).isEqualTo("2.500");
  }

  private static ShardPlan plan(Shard... shards) {
    long makespan = 0;
    for (Shard s : shards) {
      makespan = Math.max(makespan, s.predictedMillis());
    }
    return new ShardPlan(Granularity.CLASS, List.of(shards), makespan, makespan, 2, 0);
  }

  static Document parse(Path file) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(file.toFile());
  }

  static List<Element> cases(Document doc) {
    NodeList list = doc.getElementsByTagName("testcase");
    List<Element> result = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      result.add((Element) list.item(i));
    }
    return result;
  }

  static Element caseNamed(Document doc, String name) {
    return cases(doc).stream()
        .filter(e -> e.getAttribute("name").equals(name))
        .findFirst()
        .orElseThrow();
  }
}
