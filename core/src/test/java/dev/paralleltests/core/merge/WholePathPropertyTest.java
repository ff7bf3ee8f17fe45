package dev.paralleltests.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.history.BuildStats;
import dev.paralleltests.core.history.BuildTimings;
import dev.paralleltests.core.history.EstimateOptions;
import dev.paralleltests.core.history.TestCaseId;
import dev.paralleltests.core.history.TimingHistory;
import dev.paralleltests.core.history.TimingHistoryStore;
import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.junit.Outcome;
import dev.paralleltests.core.plan.PlanRequest;
import dev.paralleltests.core.plan.Shard;
import dev.paralleltests.core.plan.ShardPlan;
import dev.paralleltests.core.plan.ShardPlanner;
import dev.paralleltests.core.property.Gen;
import dev.paralleltests.core.property.Property;
import dev.paralleltests.core.report.ShardSummary;
import dev.paralleltests.core.report.Totals;
import dev.paralleltests.core.unit.Granularity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The whole path over random suites: record a build of the suite's known classes into a real
 * history directory, estimate every class from it, plan, give each shard's units to a fake runner
 * that writes their JUnit XML into the shard's own directory, and merge. Every unit is in exactly
 * one shard, and the merged totals (overall and per shard) are exactly the sums of what the shards
 * reported.
 */
class WholePathPropertyTest {

  /** One test class of the suite: its cases' outcomes and times, and whether history knows it. */
  record SuiteClass(List<Outcome> outcomes, List<Integer> millis, boolean known) {}

  static SuiteClass suiteClass(Gen gen) {
    int n = gen.intBetween(1, 5);
    return new SuiteClass(
        gen.listOf(n, g -> g.oneOf(Outcome.class)),
        gen.listOf(n, g -> g.intBetween(0, 5_000)),
        gen.oneOf(true, true, false));
  }

  record SuiteOnShards(List<SuiteClass> suite, int shards) {}

  @Test
  void everyUnitRunsOnceAndTheMergeAddsUpWhatTheShardsReported() {
    Property.forAll(
        30,
        g ->
            new SuiteOnShards(g.list(1, 40, WholePathPropertyTest::suiteClass), g.intBetween(1, 8)),
        in -> check(in.suite(), in.shards()));
  }

  private static void check(List<SuiteClass> suite, int shards) throws Exception {
    Path dir = Files.createTempDirectory("whole-path");
    try {
      Map<String, SuiteClass> byName = new HashMap<>();
      BuildTimings.Builder recorded = BuildTimings.builder();
      for (int i = 0; i < suite.size(); i++) {
        String name = "com.example.p" + (i % 3) + ".Class" + i + "Test";
        SuiteClass c = suite.get(i);
        byName.put(name, c);
        for (int k = 0; c.known() && k < c.millis().size(); k++) {
          recorded.addCase(TestCaseId.basic(name, "t" + k, "", List.of(name)), c.millis().get(k));
        }
      }
      TimingHistoryStore store = TimingHistoryStore.at(dir.resolve("history"));
      store.record("b1", recorded.build(), BuildStats.none());
      TimingHistory history = store.load().history();
      List<String> units = List.copyOf(byName.keySet());
      List<UnitEstimate> estimates =
          history.estimate(units, Granularity.CLASS, EstimateOptions.defaults()).units();

      ShardPlan plan = ShardPlanner.plan(PlanRequest.of(estimates, shards));

      List<String> planned = plan.shards().stream().flatMap(s -> s.units().stream()).toList();
      assertThat(planned).containsExactlyInAnyOrderElementsOf(units).doesNotHaveDuplicates();

      List<ShardInput> inputs = new ArrayList<>();
      Map<Integer, Totals> reported = new HashMap<>();
      for (Shard shard : plan.shards()) {
        Path reports = Files.createDirectories(dir.resolve("shard-" + shard.index()));
        Totals sum = Totals.ZERO;
        for (String unit : shard.units()) {
          sum =
              sum.plus(
                  writeReport(reports.resolve("TEST-" + unit + ".xml"), unit, byName.get(unit)));
        }
        reported.put(shard.index(), sum);
        inputs.add(ShardInput.of(shard.index(), reports));
      }
      MergeResult merged =
          JUnitMerger.create()
              .merge(
                  MergeRequest.of(inputs, dir.resolve("merged.xml"))
                      .withExpectedShards(plan.shards().size()));

      Totals all = reported.values().stream().reduce(Totals.ZERO, Totals::plus);
      assertThat(merged.summary().totals()).isEqualTo(all);
      for (ShardSummary s : merged.summary().shards()) {
        assertThat(s.totals()).as("shard %d", s.index()).isEqualTo(reported.get(s.index()));
      }
      assertThat(RealReportCountsFaultTest.domCases(dir.resolve("merged.xml")))
          .hasSize(all.tests());
    } finally {
      try (Stream<Path> files = Files.walk(dir)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  /** Writes one class's report as a runner would, and returns what it reported. */
  private static Totals writeReport(Path file, String unit, SuiteClass c) throws IOException {
    StringBuilder xml =
        new StringBuilder("<?xml version=\"1.0\"?>\n<testsuite name=\"" + unit + "\">\n");
    int passed = 0;
    int failed = 0;
    int errors = 0;
    int skipped = 0;
    for (int k = 0; k < c.outcomes().size(); k++) {
      String body =
          switch (c.outcomes().get(k)) {
            case PASSED -> {
              passed++;
              yield "";
            }
            case FAILED -> {
              failed++;
              yield "<failure message=\"no\"/>";
            }
            case ERROR -> {
              errors++;
              yield "<error message=\"boom\"/>";
            }
            case SKIPPED -> {
              skipped++;
              yield "<skipped/>";
            }
          };
      xml.append("<testcase classname=\"")
          .append(unit)
          .append("\" name=\"t")
          .append(k)
          .append("\" time=\"")
          .append(c.millis().get(k) / 1000.0)
          .append("\">")
          .append(body)
          .append("</testcase>\n");
    }
    Files.writeString(file, xml.append("</testsuite>\n"));
    return Totals.of(passed, failed, errors, skipped, 0);
  }
}
