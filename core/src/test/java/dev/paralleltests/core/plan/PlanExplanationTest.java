package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.history.UnitEstimate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanExplanationTest {

  private static ShardPlan plan() {
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      units.add(UnitEstimate.known("pkg.T" + i, 1000L * (i + 1), 5));
    }
    units.add(UnitEstimate.estimated("pkg.New1", 6500));
    units.add(UnitEstimate.estimated("pkg.New2", 6500));
    return ShardPlanner.plan(PlanRequest.of(units, 3));
  }

  @Test
  void shouldStateHowManyUnitsHadHistoryAndWhatTheOthersWereGiven() {
    String text = PlanExplanation.of(plan()).text();

    assertThat(text)
        .contains("history: 12 units known, 2 estimated (no history; each assumed 6.5s");
  }

  @Test
  void shouldSayOneUnitKnownInTheSingular() {
    ShardPlan plan =
        ShardPlanner.plan(
            PlanRequest.of(
                List.of(
                    UnitEstimate.known("pkg.Only", 1_000, 1),
                    UnitEstimate.estimated("pkg.New", 1_000)),
                2));

    assertThat(PlanExplanation.of(plan).text()).contains("history: 1 unit known, 1 estimated");
  }

  @Test
  void shouldStateTheLowerBoundAndPredictedMakespan() {
    ShardPlan plan = plan();

    String text = PlanExplanation.of(plan).text();

    // 78 s + 13 s = 91 s over 3 shards: 30.4 s
    assertThat(plan.lowerBoundMillis()).isEqualTo(30_334);
    assertThat(text).contains("lower bound 30.3s").contains("predicted makespan ");
    assertThat(text).contains(" x lower bound");
  }

  @Test
  void shouldListEachShardWithItsPredictedTime() {
    ShardPlan plan = plan();

    List<String> lines = PlanExplanation.of(plan).lines();

    for (Shard s : plan.shards()) {
      assertThat(lines).anyMatch(l -> l.startsWith("  shard " + s.index() + ": " + s.size()));
    }
    assertThat(lines).anyMatch(l -> l.contains("shard 1:") && l.contains("catch-all"));
  }

  @Test
  void shouldNameTheSlowestUnitsLongestFirst() {
    PlanExplanation explanation = PlanExplanation.of(plan());

    assertThat(explanation.slowest())
        .extracting(UnitEstimate::unit)
        .containsExactly("pkg.T11", "pkg.T10", "pkg.T9", "pkg.T8", "pkg.T7");
    assertThat(explanation.text()).contains("slowest units: pkg.T11 12.0s (5 samples),");
  }

  @Test
  void shouldSayWhatOneShardMoreOrFewerWouldGive() {
    PlanExplanation explanation = PlanExplanation.of(plan());

    assertThat(explanation.fewerShardsMakespan().orElseThrow()).isGreaterThanOrEqualTo(45_500);
    assertThat(explanation.moreShardsMakespan().orElseThrow()).isLessThan(30_334);
    assertThat(explanation.text()).contains("alternatives: 2 shards would take about 45.5s");
  }

  @Test
  void shouldPointAtALongestUnitThatSetsTheBound() {
    ShardPlan plan =
        ShardPlanner.plan(
            PlanRequest.of(
                List.of(
                    UnitEstimate.known("slow.S", 60_000, 3),
                    UnitEstimate.known("a.A", 1000, 3),
                    UnitEstimate.known("b.B", 1000, 3)),
                2));

    assertThat(PlanExplanation.of(plan).text()).contains("the longest unit sets the lower bound");
  }

  @Test
  void shouldExplainAPlanReadWithoutEstimates() {
    ShardPlan stored =
        new ShardPlan(
            dev.paralleltests.core.unit.Granularity.FILE,
            List.of(Shard.of(1, List.of("a.js", "b.js"), false, 10)),
            10,
            10,
            2,
            0);

    PlanExplanation explanation = PlanExplanation.of(stored);

    assertThat(explanation.slowest()).isEmpty();
    assertThat(explanation.moreShardsMakespan()).isEmpty();
    assertThat(explanation.text()).contains("2 file units in 1 shard");
  }
}
