package dev.paralleltests.core.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.paralleltests.core.history.UnitEstimate;
import dev.paralleltests.core.property.Property;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelectionGroupsTest {

  @Test
  void aTestIsSelectedByItsNameWithoutParameters() {
    assertThat(SelectionGroups.selectionKey("a.FooTest#adds(int)[1]")).isEqualTo("a.FooTest#adds");
    assertThat(SelectionGroups.selectionKey("a.FooTest#adds[2]")).isEqualTo("a.FooTest#adds");
    assertThat(SelectionGroups.selectionKey("t/x.py::TestA::test_m[1-2]"))
        .isEqualTo("t/x.py::TestA::test_m");
    assertThat(SelectionGroups.selectionKey("a.FooTest#works")).isEqualTo("a.FooTest#works");
    assertThat(SelectionGroups.selectionKey("a.FooTest")).isEqualTo("a.FooTest");
    assertThat(SelectionGroups.selectionKey("src/a[1].test.js")).isEqualTo("src/a[1].test.js");
  }

  @Test
  void theParameterizedCasesOfOneMethodAreNeverSplitAcrossShards() {
    List<UnitEstimate> units = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      units.add(UnitEstimate.known("a.FooTest#adds(int)[" + i + "]", 10_000, 5));
    }
    units.add(UnitEstimate.known("a.BarTest#works", 30_000, 5));
    units.add(UnitEstimate.known("a.BazTest#works", 30_000, 5));

    ShardPlan plan =
        ShardPlanner.plan(PlanRequest.of(units, 3).withSafetyNet(SafetyNet.INCLUSIONS_ONLY));

    assertThat(plan.shards())
        .filteredOn(s -> s.units().stream().anyMatch(u -> u.startsWith("a.FooTest#adds")))
        .singleElement()
        .satisfies(s -> assertThat(s.units()).hasSize(6));
    assertThat(plan.allUnits()).hasSize(8);
    assertThat(plan.predictedMakespanMillis()).isEqualTo(60_000);
  }

  @Test
  void theSameClassInTwoModulesStaysInOneShardBecauseSurefireSelectsBothByOnePattern() {
    List<UnitEstimate> units =
        List.of(
            UnitEstimate.known("core/src/test/java/a/FooTest.java", 20_000, 5),
            UnitEstimate.known("web/src/test/java/a/FooTest.java", 20_000, 5),
            UnitEstimate.known("web/src/test/java/a/BarTest.java", 20_000, 5),
            UnitEstimate.known("core/src/test/java/b/FooTest.java", 20_000, 5));

    ShardPlan plan =
        ShardPlanner.plan(
            PlanRequest.of(units, 3)
                .withGranularity(dev.paralleltests.core.unit.Granularity.FILE)
                .withSafetyNet(SafetyNet.INCLUSIONS_ONLY));

    assertThat(plan.shards())
        .filteredOn(s -> s.units().stream().anyMatch(u -> u.endsWith("java/a/FooTest.java")))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.units())
                    .contains(
                        "core/src/test/java/a/FooTest.java", "web/src/test/java/a/FooTest.java"));
    assertThat(plan.allUnits()).hasSize(4);
  }

  @Test
  void theShardCountIsCappedAtWhatCanBeSelectedApart() {
    List<UnitEstimate> units =
        List.of(
            UnitEstimate.known("a.FooTest#adds[1]", 1_000, 1),
            UnitEstimate.known("a.FooTest#adds[2]", 1_000, 1));

    ShardPlan plan =
        ShardPlanner.plan(PlanRequest.of(units, 2).withSafetyNet(SafetyNet.INCLUSIONS_ONLY));

    assertThat(plan.shards()).singleElement().satisfies(s -> assertThat(s.units()).hasSize(2));
    assertThat(plan.notes()).anyMatch(n -> n.contains("units a runner can select apart"));
  }

  @Test
  void aUnitSeenPlainlyAsItsOwnKeyIsItsOwnKey() {
    Property.forAll(
        2_000,
        g -> g.string("aB.#:()[]/javkKtsclGroovyJAVA", 0, 14),
        unit -> {
          if (SelectionGroups.plainlyItsOwnKey(unit)) {
            assertThat(SelectionGroups.selectionKey(unit)).isEqualTo(unit);
          }
        });
  }

  @Test
  void aClassNameIsPlainlyItsOwnKeyAndASourceFileOrATestIsNot() {
    assertThat(SelectionGroups.plainlyItsOwnKey("com.example.FooTest")).isTrue();
    assertThat(SelectionGroups.plainlyItsOwnKey("src/test/java/a/FooTest.JAVA")).isFalse();
    assertThat(SelectionGroups.plainlyItsOwnKey("a.FooTest#adds(int)[1]")).isFalse();
    assertThat(SelectionGroups.plainlyItsOwnKey("tests/test_a.py::test_m[1]")).isFalse();
  }
}
