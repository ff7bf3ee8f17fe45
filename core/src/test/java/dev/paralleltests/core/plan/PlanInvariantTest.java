package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.unit.Granularity;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanInvariantTest {
  private final PlanRequest request =
      PlanRequest.of(List.of(UnitEstimate.known("a.A", 1, 1), UnitEstimate.known("b.B", 1, 1)), 2);

  /** The same request, with b.B's two test cases (a plan may split b.B into them). */
  private final PlanRequest split =
      request.withTestCases(
          java.util.Map.of(
              "b.B",
              List.of(UnitEstimate.known("b.B#one", 1, 1), UnitEstimate.known("b.B#two", 1, 1))));

  private static ShardPlan plan(Shard... shards) {
    return new ShardPlan(Granularity.CLASS, List.of(shards), 1, 1, 2, 0);
  }

  @Test
  void shouldAcceptAPartition() {
    assertThatCode(
            () ->
                PlanInvariant.check(
                    request,
                    plan(
                        Shard.of(1, List.of("a.A"), true, 1),
                        Shard.of(2, List.of("b.B"), false, 1))))
        .doesNotThrowAnyException();
  }

  @Test
  void shouldNameAUnitThatIsInNoShard() {
    assertThatThrownBy(
            () -> PlanInvariant.check(request, plan(Shard.of(1, List.of("a.A"), true, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("unit b.B is in no shard");
  }

  @Test
  void shouldNameAUnitThatIsInTwoShards() {
    assertThatThrownBy(
            () ->
                PlanInvariant.check(
                    request,
                    plan(
                        Shard.of(1, List.of("a.A", "b.B"), true, 1),
                        Shard.of(2, List.of("b.B"), false, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("unit b.B is in shards 1 and 2");
  }

  @Test
  void shouldNameAUnitThatWasNeverGiven() {
    assertThatThrownBy(
            () ->
                PlanInvariant.check(
                    request,
                    plan(
                        Shard.of(1, List.of("a.A", "b.B"), true, 1),
                        Shard.of(2, List.of("c.C"), false, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("unit c.C is in shard 2 but was never given");
  }

  @Test
  void shouldRejectAnEmptyShard() {
    assertThatThrownBy(
            () ->
                PlanInvariant.check(
                    request,
                    plan(
                        Shard.of(1, List.of("a.A", "b.B"), true, 1),
                        Shard.of(2, List.of(), false, 0))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("empty shard: 2");
  }

  @Test
  void shouldNameATestCaseOfASplitUnitThatIsInNoShard() {
    assertThatThrownBy(
            () ->
                PlanInvariant.check(
                    split,
                    plan(
                        Shard.of(1, List.of("a.A"), true, 1),
                        Shard.of(2, List.of("b.B#one"), false, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("unit b.B was split, but its test case b.B#two is in no shard");
  }

  @Test
  void shouldRejectAUnitPlannedWholeAndOneOfItsTestCasesToo() {
    assertThatThrownBy(
            () ->
                PlanInvariant.check(
                    split,
                    plan(
                        Shard.of(1, List.of("a.A", "b.B"), true, 1),
                        Shard.of(2, List.of("b.B#one"), false, 1))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("plan holds 3 units, 2 expected");
  }
}
