package dev.paralleltests.core.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The seeded property runner that replaced the property-testing library. */
class PropertyTest {

  record Values(List<Integer> values) {}

  static Values values(Gen gen) {
    return new Values(gen.list(0, 50, g -> g.intBetween(0, 1_000)));
  }

  @AfterEach
  void clearProperties() {
    System.clearProperty(Property.SEED);
    System.clearProperty(Property.TRY);
    System.clearProperty(Property.TRIES_FACTOR);
  }

  @Test
  void theSameBaseSeedGivesTheSameInputsAndAnotherGivesOthers() {
    List<Values> first = new ArrayList<>();
    List<Values> second = new ArrayList<>();
    Property.forAll(100, PropertyTest::values, first::add);
    Property.forAll(100, PropertyTest::values, second::add);
    System.setProperty(Property.SEED, "42");
    List<Values> other = new ArrayList<>();
    Property.forAll(100, PropertyTest::values, other::add);

    assertThat(second).hasSize(100).isEqualTo(first);
    assertThat(other).hasSize(100).isNotEqualTo(first);
  }

  @Test
  void theTriesFactorMultipliesTheTries() {
    System.setProperty(Property.TRIES_FACTOR, "3");

    assertThat(Property.forAll(100, PropertyTest::values, v -> {})).isEqualTo(300);
  }

  @Test
  void replayingOneTryChecksExactlyThatTrysInput() {
    List<Values> all = new ArrayList<>();
    Property.forAll(100, PropertyTest::values, all::add);
    System.setProperty(Property.TRY, "73");
    List<Values> replayed = new ArrayList<>();
    Property.forAll(100, PropertyTest::values, replayed::add);

    assertThat(replayed).containsExactly(all.get(73));
  }

  @Test
  void theFirstTriesAreSmallAndLaterOnesCoverTheWholeRange() {
    List<Integer> sizes = new ArrayList<>();
    Property.forAll(1_000, PropertyTest::values, v -> sizes.add(v.values().size()));

    assertThat(sizes.subList(0, 10)).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(1));
    assertThat(sizes.subList(500, 1_000)).contains(0, 50);
  }

  @Test
  void numbersHitTheirBounds() {
    List<Integer> numbers = new ArrayList<>();
    Property.forAll(200, g -> g.intBetween(-3, 1_000_000), numbers::add);

    assertThat(numbers)
        .contains(-3, 1_000_000)
        .allSatisfy(n -> assertThat(n).isBetween(-3, 1_000_000));
  }

  @Test
  void aFailureIsShrunkAndNamesTheSeedTheTryAndTheReplayCommand() {
    assertThatThrownBy(
            () ->
                Property.forAll(
                    1_000,
                    PropertyTest::values,
                    v -> assertThat(v.values()).allSatisfy(n -> assertThat(n).isLessThan(990))))
        .isInstanceOf(AssertionError.class)
        .hasMessageMatching(
            "(?s)Property PropertyTest#aFailureIsShrunkAndNamesTheSeedTheTryAndTheReplayCommand"
                + " failed on try \\d+ of 1000 \\(seed -?\\d+, base seed 20261206\\).*")
        .hasMessageContaining(
            "-Dtest='PropertyTest#aFailureIsShrunkAndNamesTheSeedTheTryAndTheReplayCommand'"
                + " -Dparalleltests.seed=20261206 -Dparalleltests.try=")
        .hasMessageMatching(
            "(?s).*Smallest failing input \\(\\d+ shrink steps\\):"
                + " Values\\[values=\\[(99\\d|1000)\\]\\].*")
        .hasMessageContaining("Original failing input: Values[values=[");
  }

  @Test
  void aFailureThatIsNotAnAssertionIsReportedWithItsSeedUnshrunk() {
    assertThatThrownBy(
            () ->
                Property.forAll(
                    10,
                    PropertyTest::values,
                    v -> {
                      throw new IllegalStateException("broken for " + v.values().size());
                    }))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("failed on try 0 of 10")
        .hasMessageContaining("(0 shrink steps)")
        .hasCauseInstanceOf(IllegalStateException.class);
  }
}
