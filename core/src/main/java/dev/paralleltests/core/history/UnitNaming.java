package dev.paralleltests.core.history;

import dev.paralleltests.core.unit.Granularity;
import java.util.Optional;

/**
 * How the history turns its samples into units, and a caller's unit names into the same canonical
 * form, so that estimates match whatever way a caller spells a unit ({@code com.a.Foo$Inner} and
 * {@code com.a.Foo} are one class unit). The reader's unit naming adapts to this; {@link #basic()}
 * serves when the reports carry class names and {@code file} attributes.
 */
public interface UnitNaming {

  /**
   * The unit a sample belongs to at this granularity, in canonical form; empty when the sample
   * names no such unit (no class name, no file). For a suite's own time ({@link TestCaseId#name()}
   * empty) it is asked at the class and file granularities only.
   */
  Optional<String> unitOf(TestCaseId sample, Granularity granularity);

  /** A caller's unit name in the canonical form {@link #unitOf} produces. */
  default String canonical(String unit, Granularity granularity) {
    return unit;
  }

  /**
   * Class: the top-level class ({@code Outer$Inner} folds into {@code Outer}); test: {@code
   * Class#name}; file: the {@code file} attribute with {@code /} separators and no leading {@code
   * ./}.
   */
  static UnitNaming basic() {
    return BasicNaming.INSTANCE;
  }
}
