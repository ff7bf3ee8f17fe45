package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.unit.Granularity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShardPlannerTest {

  private static UnitEstimate known(String unit, long millis) {
    return UnitEstimate.known(unit, millis, 10);
  }

  @Test
  void shouldPutEveryUnitInExactlyOneShard() {
    List<UnitEstimate> units = List.of(known("a.A", 5), known("b.B", 4), known("c.C", 3));

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 2));

    assertThat(plan.allUnits()).containsExactlyInAnyOrder("a.A", "b.B", "c.C");
    assertThat(plan.shards()).hasSize(2);
  }

  @Test
  void shouldReturnUnitNamesExactlyAsGiven() {
    List<String> names =
        List.of("com.x.Outer$Inner", "tests/test_ü.py::test_a[1-2]", "Weird Name#m(int, String)");
    List<UnitEstimate> units = new ArrayList<>();
    for (String n : names) {
      units.add(known(n, 10));
    }

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 2));

    assertThat(plan.allUnits()).containsExactlyInAnyOrderElementsOf(names);
  }

  @Test
  void shouldNeverLeaveAShardEmptyWhenThereAreFewerUnitsThanShards() {
    ShardPlan plan =
        ShardPlanner.plan(PlanRequest.of(List.of(known("a.A", 1), known("b.B", 1)), 8));

    assertThat(plan.shards()).hasSize(2).allSatisfy(s -> assertThat(s.units()).isNotEmpty());
    assertThat(plan.notes()).anyMatch(n -> n.contains("8 shards requested, 2 planned"));
  }

  @Test
  void shouldMakeTheLightestShardTheCatchAllByDefault() {
    List<UnitEstimate> units =
        List.of(known("a.A", 100), known("b.B", 60), known("c.C", 30), known("d.D", 5));

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 3));

    Shard first = plan.shard(1);
    assertThat(first.catchAll()).isTrue();
    assertThat(plan.shards().stream().filter(Shard::catchAll)).hasSize(1);
    assertThat(first.predictedMillis())
        .isEqualTo(plan.shards().stream().mapToLong(Shard::predictedMillis).min().orElseThrow());
    assertThat(plan.excludesFor(1))
        .containsExactlyInAnyOrderElementsOf(
            plan.shards().stream().skip(1).flatMap(s -> s.units().stream()).toList());
  }

  @Test
  void shouldGiveOnlyInclusionListsWhenAsked() {
    List<UnitEstimate> units = List.of(known("a.A", 3), known("b.B", 2), known("c.C", 1));

    ShardPlan plan =
        ShardPlanner.plan(PlanRequest.of(units, 2).withSafetyNet(SafetyNet.INCLUSIONS_ONLY));

    assertThat(plan.shards()).noneMatch(Shard::catchAll);
    assertThat(plan.catchAllShard()).isEmpty();
  }

  @Test
  void shouldRefineWhereLptAloneMissesTheOptimum() {
    // Graham's example: LPT puts 3,3 then 2,2 then the last 2 on one shard (7 against 5); the
    // optimum is 6 (3+3 and 2+2+2), which is also the lower bound.
    List<UnitEstimate> units =
        List.of(known("a", 3), known("b", 3), known("c", 2), known("d", 2), known("e", 2));

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 2));

    assertThat(plan.lowerBoundMillis()).isEqualTo(6);
    assertThat(plan.predictedMakespanMillis()).isEqualTo(6);
  }

  @Test
  void shouldOrderUnitsWithinAShardLongestFirst() {
    List<UnitEstimate> units =
        List.of(known("s.Small", 1), known("b.Big", 50), known("m.Mid", 10), known("t.Tiny", 0));

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 1));

    assertThat(plan.shard(1).units()).containsExactly("b.Big", "m.Mid", "s.Small", "t.Tiny");
  }

  @Test
  void shouldComputeTheLowerBoundFromTotalAndLongestUnit() {
    List<UnitEstimate> units = List.of(known("a", 90), known("b", 5), known("c", 5));

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 3));

    assertThat(plan.lowerBoundMillis()).isEqualTo(90);
    assertThat(plan.predictedMakespanMillis()).isEqualTo(90);
  }

  @Test
  void shouldCountKnownAndEstimatedUnits() {
    List<UnitEstimate> units =
        List.of(known("a", 9), known("b", 7), UnitEstimate.estimated("new.N", 8));

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 2));

    assertThat(plan.knownUnits()).isEqualTo(2);
    assertThat(plan.estimatedUnits()).isEqualTo(1);
    assertThat(plan.estimates()).containsKeys("a", "b", "new.N");
  }

  @Test
  void shouldRejectAUnitGivenTwice() {
    List<UnitEstimate> units = List.of(known("a.A", 1), known("a.A", 2));

    assertThatThrownBy(() -> ShardPlanner.plan(PlanRequest.of(units, 2)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.A");
  }

  @Test
  void shouldPlanOneCatchAllShardWhenNothingIsKnownYet() {
    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(List.of(), 4));

    assertThat(plan.shards()).singleElement().satisfies(s -> assertThat(s.catchAll()).isTrue());
    assertThat(plan.excludesFor(1)).isEmpty();
  }

  @Test
  void shouldRefuseToPlanNothingAsInclusionLists() {
    PlanRequest request = PlanRequest.of(List.of(), 4).withSafetyNet(SafetyNet.INCLUSIONS_ONLY);

    assertThatThrownBy(() -> ShardPlanner.plan(request))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no units");
  }

  @Test
  void shouldChooseTheSmallestShardCountThatMeetsTheTarget() {
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      units.add(known("u" + i, 1000)); // 40 s in all
    }

    ShardPlan plan =
        ShardPlanner.plan(PlanRequest.of(units, ShardCount.auto(Duration.ofSeconds(9), 10)));

    // 4 shards take 10 s, 5 take 8 s.
    assertThat(plan.shards()).hasSize(5);
    assertThat(plan.notes().get(0)).contains("smallest count");
  }

  @Test
  void shouldTakeTheFastestSmallestCountWhenTheTargetIsOutOfReach() {
    List<UnitEstimate> units = List.of(known("slow", 60_000), known("a", 1000), known("b", 1000));

    ShardPlan plan =
        ShardPlanner.plan(PlanRequest.of(units, ShardCount.auto(Duration.ofSeconds(30), 8)));

    // Nothing beats the 60 s unit; 2 shards already reach it.
    assertThat(plan.shards()).hasSize(2);
    assertThat(plan.predictedMakespanMillis()).isEqualTo(60_000);
    assertThat(plan.notes().get(0)).contains("no shard count up to 8");
  }

  @Test
  void shouldSplitAClassLongerThanItsShareIntoItsTestCases() {
    List<UnitEstimate> units =
        List.of(known("big.Big", 1000), known("a.A", 100), known("b.B", 100));
    List<UnitEstimate> cases =
        List.of(
            known("big.Big#one", 300),
            known("big.Big#two", 300),
            known("big.Big#three", 300)); // 900: the class's 100 ms of setup is spread over them

    ShardPlan plan =
        ShardPlanner.plan(
            PlanRequest.of(units, 3)
                .withGranularity(Granularity.CLASS)
                .withTestCases(Map.of("big.Big", cases)));

    assertThat(plan.allUnits())
        .containsExactlyInAnyOrder("big.Big#one", "big.Big#two", "big.Big#three", "a.A", "b.B");
    assertThat(plan.estimates().get("big.Big#one").millis()).isEqualTo(333);
    assertThat(plan.predictedMakespanMillis()).isLessThan(1000);
    assertThat(plan.notes()).anyMatch(n -> n.startsWith("split big.Big"));
  }

  @Test
  void shouldKeepAClassWholeWhenItFitsItsShare() {
    List<UnitEstimate> units = List.of(known("a.A", 100), known("b.B", 100));
    Map<String, List<UnitEstimate>> cases =
        Map.of("a.A", List.of(known("a.A#x", 50), known("a.A#y", 50)));

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 2).withTestCases(cases));

    assertThat(plan.allUnits()).containsExactlyInAnyOrder("a.A", "b.B");
  }

  @Test
  void shouldRejectATestCaseThatIsAlsoAUnit() {
    List<UnitEstimate> units = List.of(known("a.A", 100), known("a.A#x", 1));
    Map<String, List<UnitEstimate>> cases =
        Map.of("a.A", List.of(known("a.A#x", 50), known("a.A#y", 50)));

    assertThatThrownBy(() -> ShardPlanner.plan(PlanRequest.of(units, 2).withTestCases(cases)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a.A#x");
  }

  @Test
  void shouldGiveTheSamePlanWhateverTheInputOrder() {
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      units.add(known("u" + i, (i * 37) % 11)); // many equal durations: ties must not matter
    }
    List<UnitEstimate> reversed = new ArrayList<>(units);
    java.util.Collections.reverse(reversed);

    assertThat(ShardPlanner.plan(PlanRequest.of(reversed, 4)))
        .isEqualTo(ShardPlanner.plan(PlanRequest.of(units, 4)));
  }

  @Test
  void shouldKeepTheReserveFreeOnTheCatchAllShard() {
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      units.add(known("u" + i, 1000));
    }

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 3).withCatchAllReserve(6000));

    // 30 s of units plus 6 s reserved: 12 s per shard, shard 1 holding only 6 s of units.
    assertThat(plan.shard(1).catchAll()).isTrue();
    assertThat(plan.shard(1).units()).hasSize(6);
    assertThat(plan.shard(1).predictedMillis()).isEqualTo(12_000);
    assertThat(plan.lowerBoundMillis()).isEqualTo(12_000);
    assertThat(plan.predictedMakespanMillis()).isEqualTo(12_000);
    assertThat(plan.notes()).anyMatch(n -> n.contains("kept 6.0s free"));
  }

  @Test
  void shouldLeaveTheCatchAllEmptyWhenTheReserveFillsIt() {
    List<UnitEstimate> units = List.of(known("a", 1000), known("b", 1000));

    ShardPlan plan = ShardPlanner.plan(PlanRequest.of(units, 2).withCatchAllReserve(5000));

    assertThat(plan.shard(1).units()).isEmpty();
    assertThat(plan.shard(2).units()).containsExactly("a", "b");
    assertThat(plan.excludesFor(1)).containsExactly("a", "b");
  }

  @Test
  void shouldIgnoreTheReserveWithInclusionListsOnly() {
    List<UnitEstimate> units = List.of(known("a", 1000), known("b", 1000));

    ShardPlan plan =
        ShardPlanner.plan(
            PlanRequest.of(units, 2)
                .withSafetyNet(SafetyNet.INCLUSIONS_ONLY)
                .withCatchAllReserve(5000));

    assertThat(plan.shards()).allSatisfy(s -> assertThat(s.units()).hasSize(1));
  }
}
