package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.util.Optional;

/**
 * How the history matches its samples to the units a caller names. By default ({@link #stored()}) a
 * sample belongs to the units resolved when its build was recorded, and a caller's name is made
 * canonical ({@code com.a.Foo$Inner} is the class unit {@code com.a.Foo}, {@code ./a\b.py} the file
 * {@code a/b.py}) before matching. A caller with its own canonical form plugs it in here.
 */
public interface UnitNaming {

  /** The unit a sample belongs to at this granularity; empty when it names none. */
  Optional<String> unitOf(TestCaseId sample, Granularity granularity);

  /** A caller's unit name in the canonical form {@link #unitOf} produces. */
  default String canonical(String unit, Granularity granularity) {
    return unit;
  }

  /** The units stored with each sample; callers' names made canonical by report-free rules. */
  static UnitNaming stored() {
    return BasicNaming.INSTANCE;
  }
}
