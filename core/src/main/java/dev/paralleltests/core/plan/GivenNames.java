package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.UnitEstimate;
import java.util.List;
import java.util.Map;

/**
 * The names a plan request gives, checked once: each unit and test case numbered (the units first,
 * in the request's order, then the cases), blank and repeated names refused. The planner checks a
 * request with it before planning and checks every plan it makes against it ({@link
 * PlanInvariant}), without building a second table of 100,000 names per plan.
 */
final class GivenNames {
  private final NameTable numbers;
  private final int units;

  private GivenNames(NameTable numbers, int units) {
    this.numbers = numbers;
    this.units = units;
  }

  /**
   * The request's names.
   *
   * @throws IllegalArgumentException for a blank name, a unit given twice, or a test case also
   *     given as a unit or as another unit's case
   */
  static GivenNames of(PlanRequest request) {
    int cases = 0;
    for (List<UnitEstimate> c : request.testCases().values()) {
      cases += c.size();
    }
    NameTable numbers = new NameTable(request.units().size() + cases);
    for (UnitEstimate u : request.units()) {
      if (u.unit().isBlank()) {
        throw new IllegalArgumentException("blank unit name");
      }
      if (numbers.putIfAbsent(u.unit(), numbers.size()) != NameTable.ABSENT) {
        throw new IllegalArgumentException("unit given twice: " + u.unit());
      }
    }
    // A case that is also a unit or another unit's case would run twice once split.
    for (Map.Entry<String, List<UnitEstimate>> e : request.testCases().entrySet()) {
      for (UnitEstimate c : e.getValue()) {
        if (c.unit().isBlank()) {
          throw new IllegalArgumentException("blank test case name in " + e.getKey());
        }
        if (numbers.putIfAbsent(c.unit(), numbers.size()) != NameTable.ABSENT) {
          throw new IllegalArgumentException(
              "test case " + c.unit() + " of " + e.getKey() + " is also given as another unit");
        }
      }
    }
    return new GivenNames(numbers, request.units().size());
  }

  /** How many names: units and test cases. */
  int size() {
    return numbers.size();
  }

  /** How many of them are units: numbers 0 to units() - 1, in the request's order. */
  int units() {
    return units;
  }

  /** The number of a given name, or {@link NameTable#ABSENT} for a name never given. */
  int numberOf(String name) {
    return numbers.get(name);
  }
}
