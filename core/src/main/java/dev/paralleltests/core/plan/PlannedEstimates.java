package dev.paralleltests.core.plan;

import dev.paralleltests.core.history.UnitEstimate;
import java.util.AbstractList;
import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;

/**
 * The estimates of a plan the planner built, by unit name, in the order the planner added them
 * (shard by shard): an array, filled once by the planner and never changed after the plan is made,
 * with a hash index built on the first look-up. Writing a plan only walks the estimates in order,
 * so {@code plan --format json} for 100,000 units hashes no name and allocates no map entry for
 * them. The planner adds each unit once (its names are distinct, which it checks first).
 */
final class PlannedEstimates extends AbstractMap<String, UnitEstimate> {
  private UnitEstimate[] estimates;
  private int size;
  // Built on first use, fully before it is published: a race builds it twice, never half.
  private volatile Map<String, UnitEstimate> index;

  PlannedEstimates(int expected) {
    estimates = new UnitEstimate[Math.max(1, expected)];
  }

  /** Adds an estimate; the planner's only mutation, before the plan is handed out. */
  void add(UnitEstimate estimate) {
    if (size == estimates.length) {
      estimates = Arrays.copyOf(estimates, size * 2);
    }
    estimates[size++] = estimate;
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public UnitEstimate get(Object unit) {
    return index().get(unit);
  }

  @Override
  public boolean containsKey(Object unit) {
    return index().containsKey(unit);
  }

  private Map<String, UnitEstimate> index() {
    Map<String, UnitEstimate> built = index;
    if (built == null) {
      built = new HashMap<>(Math.max(16, (int) (size / 0.75f) + 1));
      for (int i = 0; i < size; i++) {
        built.put(estimates[i].unit(), estimates[i]);
      }
      index = built;
    }
    return built;
  }

  @Override
  public Collection<UnitEstimate> values() {
    return new AbstractList<>() {
      @Override
      public UnitEstimate get(int i) {
        if (i < 0 || i >= size) {
          throw new IndexOutOfBoundsException(i);
        }
        return estimates[i];
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Set<Entry<String, UnitEstimate>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, UnitEstimate>> iterator() {
        Iterator<UnitEstimate> values = values().iterator();
        return new Iterator<>() {
          @Override
          public boolean hasNext() {
            return values.hasNext();
          }

          @Override
          public Entry<String, UnitEstimate> next() {
            UnitEstimate e = values.next();
            return new SimpleImmutableEntry<>(e.unit(), e);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }
}
