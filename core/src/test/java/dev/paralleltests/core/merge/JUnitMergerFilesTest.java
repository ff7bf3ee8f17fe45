package dev.paralleltests.core.merge;

import static dev.paralleltests.core.merge.JUnitMergerTest.caseNamed;
import static dev.paralleltests.core.merge.JUnitMergerTest.cases;
import static dev.paralleltests.core.merge.JUnitMergerTest.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.junit.CaseProblem;
import dev.paralleltests.core.junit.JUnitXmlReader;
import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.junit.ReportListener;
import dev.paralleltests.core.junit.ReportedCase;
import dev.paralleltests.core.report.RunSummary;
import dev.paralleltests.core.report.ShardStatus;
import dev.paralleltests.core.report.Totals;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Merges real report files (Surefire, jest-junit, broken ones) with the real reader. */
class JUnitMergerFilesTest {
  private static final Path DATA = Path.of("src/test/resources/JUnitMergerFilesTest");

  @TempDir Path dir;

  private MergeResult merge(String... shards) throws MergeException {
    return JUnitMerger.create()
        .merge(MergeRequest.of(ShardInput.parseAll(List.of(shards)), dir.resolve("merged.xml")));
  }

  @Test
  void mergesSurefireShardsWithInFileRerunsAndRetriedDirectories() throws Exception {
    MergeResult result =
        merge(
            DATA.resolve("surefire/shard-1").toString(),
            DATA.resolve("surefire/shard-2").toString());

    RunSummary summary = result.summary();
    assertThat(summary.totals()).isEqualTo(new Totals(9, 7, 1, 0, 1, 2));
    assertThat(result.filesRead()).isEqualTo(4); // the pom.xml next to the reports is not one
    assertThat(summary.status()).isEqualTo(RunSummary.Status.FAILED);
    assertThat(summary.failures())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.displayName()).isEqualTo("com.example.ReportTest.exports");
              assertThat(f.messages()).containsExactly("file missing", "file still missing");
              assertThat(f.output()).contains("writing /tmp/report.csv");
            });
    assertThat(summary.flakyTests())
        .extracting(f -> f.displayName())
        .containsExactly("com.example.CalcTest.divides", "com.example.NetTest.retries");
    assertThat(summary.shards().get(1).attempts()).isEqualTo(2);

    Document doc = parse(result.output());
    Element retries = caseNamed(doc, "retries");
    assertThat(retries.getAttribute("shard")).isEqualTo("2");
    assertThat(retries.getAttribute("attempt")).isEqualTo("2");
    assertThat(
            ((Element) retries.getElementsByTagName("flakyError").item(0)).getAttribute("message"))
        .isEqualTo("Connection refused");
    assertThat(cases(doc)).hasSize(9);
  }

  @Test
  void theMergedReportReadsBackWithTheSameCountsAndMergingItAgainChangesNothing() throws Exception {
    MergeResult first =
        merge(
            DATA.resolve("surefire/shard-1").toString(),
            DATA.resolve("surefire/shard-2").toString());

    List<ReportedCase> read = new ArrayList<>();
    JUnitXmlReader.full().read(first.output(), (ReportListener) read::add);
    assertThat(read).hasSize(9);
    assertThat(read.stream().filter(c -> c.outcome() == Outcome.FAILED)).hasSize(1);
    assertThat(read.stream().flatMap(c -> c.problems().stream()).map(CaseProblem::kind))
        .contains(
            CaseProblem.Kind.FLAKY_FAILURE,
            CaseProblem.Kind.FLAKY_ERROR,
            CaseProblem.Kind.RERUN_FAILURE);

    MergeResult again =
        JUnitMerger.create()
            .merge(
                MergeRequest.of(
                    List.of(ShardInput.of(1, first.output())), dir.resolve("again/merged.xml")));
    assertThat(again.summary().totals()).isEqualTo(first.summary().totals());
  }

  @Test
  void aJestRetryOfOneOfTwoSameNamedTestsIsFlakyNotAFailure() throws Exception {
    RunSummary summary = merge(DATA.resolve("jest").toString()).summary();

    assertThat(summary.totals()).isEqualTo(new Totals(3, 3, 0, 0, 0, 1));
    assertThat(summary.flakyTests())
        .singleElement()
        .satisfies(f -> assertThat(f.messages().get(0)).isEmpty());
    assertThat(summary.flakyTests().get(0).details()).contains("Received: \"Cancel\"");
    assertThat(summary.isGreen()).isTrue();
  }

  @Test
  void aTruncatedFileIsAnErrorNamingFileAndLineWhileEveryOtherCaseMerges() throws Exception {
    MergeResult result = merge(DATA.resolve("bad").toString());

    RunSummary summary = result.summary();
    assertThat(summary.problems())
        .singleElement()
        .asString()
        .startsWith("shard 1: " + DATA.resolve("bad/TEST-truncated.xml") + ":6: ")
        .contains("not well-formed");
    assertThat(summary.shards().get(0).status()).isEqualTo(ShardStatus.UNREADABLE);
    assertThat(summary.isGreen()).isFalse();
    assertThat(cases(parse(result.output())))
        .extracting(e -> e.getAttribute("name"))
        .containsExactlyInAnyOrder("works", "first", "caf\uFFFD");
  }

  @Test
  void bytesThatAreNotValidInTheDeclaredEncodingAreAWarningNamingTheFile() throws Exception {
    RunSummary summary = merge(DATA.resolve("bad").toString()).summary();

    assertThat(summary.warnings())
        .anySatisfy(
            w ->
                assertThat(w)
                    .startsWith("shard 1: " + DATA.resolve("bad/TEST-latin1.xml") + ":")
                    .contains("UTF-8"));
  }
}
