package dev.paralleltests.core.property;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Property checks over seeded random inputs, under plain JUnit 5: a {@code @Test} method calls
 * {@link #forAll} with a number of tries, a generator and a check.
 *
 * <p>Every try has its own seed, derived from a base seed, the calling test ({@code Class#method})
 * and the try's number, so a build checks the same inputs every time and a failure reproduces. The
 * base seed is fixed ({@link #DEFAULT_SEED}); {@code -Dparalleltests.seed=N} checks other inputs,
 * {@code -Dparalleltests.try=K} runs only try K (as the failure message says), and {@code
 * -Dparalleltests.triesFactor=F} multiplies every property's tries (for a deeper run).
 *
 * <p>A failing input is shrunk: for a record, each {@code List} or {@code Map} component loses
 * elements, list elements shrink in turn, and each {@code int} or {@code long} component (also in
 * records inside lists) moves towards 0 while the check still fails with an {@link AssertionError}
 * (a smaller input that breaks a generator's bound throws something else and is not taken). The
 * failure names the seed, the try, the command to replay it, and both the smallest and the original
 * failing input. Shrinking stops after {@value #MAX_SHRINK_CHECKS} candidates.
 */
public final class Property {

  public static final long DEFAULT_SEED = 20261206L;
  public static final String SEED = "paralleltests.seed";
  public static final String TRY = "paralleltests.try";
  public static final String TRIES_FACTOR = "paralleltests.triesFactor";

  /** At most this many candidates are checked while shrinking one failure. */
  private static final int MAX_SHRINK_CHECKS = 5_000;

  /** The check of one input; may throw (an {@link AssertionError} is a counterexample). */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T input) throws Exception;
  }

  private Property() {}

  /**
   * Checks {@code check} on {@code tries} generated inputs (times the tries factor).
   *
   * @return the number of inputs checked
   */
  public static <T> int forAll(int tries, Function<Gen, T> generator, Check<T> check) {
    String name = caller();
    long base = Long.getLong(SEED, DEFAULT_SEED);
    int total = Math.multiplyExact(tries, Integer.getInteger(TRIES_FACTOR, 1));
    Integer only = Integer.getInteger(TRY);
    int checked = 0;
    for (int k = only != null ? only : 0; k < (only != null ? only + 1 : total); k++) {
      long seed = seedOf(base, name, k);
      T input = generator.apply(new Gen(seed, sizeOf(k, total)));
      Throwable failure = failureOf(check, input);
      if (failure != null) {
        throw counterexample(name, base, k, total, seed, input, failure, check);
      }
      checked++;
    }
    return checked;
  }

  /** Half of the tries ramp the size up from small; the other half use the full range. */
  static double sizeOf(int k, int total) {
    int ramp = Math.max(1, total / 2);
    return Math.min(1.0, (k + 1) / (double) ramp);
  }

  static long seedOf(long base, String name, int k) {
    long h = base;
    h = mix(h ^ name.hashCode());
    return mix(h + 0x9E3779B97F4A7C15L * (k + 1));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static String caller() {
    return StackWalker.getInstance()
        .walk(
            frames ->
                frames
                    .filter(f -> !f.getClassName().equals(Property.class.getName()))
                    .findFirst()
                    .map(f -> simpleName(f.getClassName()) + "#" + methodName(f.getMethodName()))
                    .orElse("unknown"));
  }

  /** A lambda's frame names its method {@code lambda$method$N}: the test is {@code method}. */
  private static String methodName(String frameMethod) {
    return frameMethod.startsWith("lambda$")
        ? frameMethod.substring("lambda$".length(), frameMethod.lastIndexOf('$'))
        : frameMethod;
  }

  private static String simpleName(String className) {
    return className.substring(className.lastIndexOf('.') + 1);
  }

  private static <T> Throwable failureOf(Check<T> check, T input) {
    try {
      check.accept(input);
      return null;
    } catch (Exception | AssertionError e) {
      return e;
    }
  }

  private static <T> AssertionError counterexample(
      String name,
      long base,
      int k,
      int total,
      long seed,
      T input,
      Throwable failure,
      Check<T> check) {
    T smallest = input;
    Throwable smallestFailure = failure;
    int steps = 0;
    int checks = 0;
    if (failure instanceof AssertionError) {
      boolean progress = true;
      while (progress) {
        progress = false;
        for (T candidate : shrink(smallest)) {
          if (++checks > MAX_SHRINK_CHECKS) {
            break;
          }
          Throwable f = failureOf(check, candidate);
          if (f instanceof AssertionError) {
            smallest = candidate;
            smallestFailure = f;
            steps++;
            progress = true;
            break;
          }
        }
      }
    }
    String factor = System.getProperty(TRIES_FACTOR);
    String message =
        String.format(
            "Property %s failed on try %d of %d (seed %d, base seed %d)%n"
                + "Replay: ./mvnw -B -pl core test -Dsurefire.failIfNoSpecifiedTests=false"
                + " -Dtest='%s' -D%s=%d -D%s=%d%s%n"
                + "Smallest failing input (%d shrink steps): %s%n"
                + "Original failing input: %s%n"
                + "Failure on the smallest input: %s",
            name,
            k,
            total,
            seed,
            base,
            name,
            SEED,
            base,
            TRY,
            k,
            factor == null ? "" : " -D" + TRIES_FACTOR + "=" + factor,
            steps,
            smallest,
            input,
            smallestFailure);
    return new AssertionError(message, smallestFailure);
  }

  /** Smaller versions of an input: only records' list, map, record and number components shrink. */
  @SuppressWarnings("unchecked")
  static <T> List<T> shrink(T input) {
    if (input == null || !input.getClass().isRecord()) {
      return List.of();
    }
    RecordComponent[] components = input.getClass().getRecordComponents();
    Object[] values = new Object[components.length];
    try {
      for (int i = 0; i < components.length; i++) {
        components[i].getAccessor().setAccessible(true);
        values[i] = components[i].getAccessor().invoke(input);
      }
      Class<?>[] types = new Class<?>[components.length];
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
      }
      Constructor<?> constructor = input.getClass().getDeclaredConstructor(types);
      constructor.setAccessible(true);
      List<T> candidates = new ArrayList<>();
      for (int i = 0; i < components.length; i++) {
        for (Object smaller : smaller(values[i])) {
          Object[] copy = values.clone();
          copy[i] = smaller;
          candidates.add((T) constructor.newInstance(copy));
        }
      }
      return candidates;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot shrink " + input.getClass(), e);
    }
  }

  private static List<Object> smaller(Object value) {
    List<Object> out = new ArrayList<>();
    if (value instanceof List<?> list) {
      out.addAll(smallerLists(list));
      for (int i = 0; i < list.size(); i++) {
        for (Object element : smaller(list.get(i))) {
          List<Object> copy = new ArrayList<>(list);
          copy.set(i, element);
          out.add(copy);
        }
      }
    } else if (value != null && value.getClass().isRecord()) {
      out.addAll(shrink(value));
    } else if (value instanceof Map<?, ?> map) {
      for (List<? extends Map.Entry<?, ?>> entries : smallerLists(List.copyOf(map.entrySet()))) {
        Map<Object, Object> m = new LinkedHashMap<>();
        entries.forEach(e -> m.put(e.getKey(), e.getValue()));
        out.add(m);
      }
    } else if (value instanceof Integer i && i != 0) {
      towardsZero(i).forEach(l -> out.add((int) (long) l));
    } else if (value instanceof Long l && l != 0) {
      out.addAll(towardsZero(l));
    }
    return out;
  }

  /** 0, then v - v/2, v - v/4, ... v - 1 (a binary search towards 0). */
  private static List<Long> towardsZero(long v) {
    List<Long> out = new ArrayList<>();
    out.add(0L);
    for (long d = v / 2; d != 0; d /= 2) {
      out.add(v - d);
    }
    return out;
  }

  /** The empty list, the list without each half, then without each single element. */
  private static <E> List<List<E>> smallerLists(List<E> list) {
    List<List<E>> out = new ArrayList<>();
    if (list.isEmpty()) {
      return out;
    }
    out.add(List.of());
    int half = list.size() / 2;
    if (half > 0) {
      out.add(new ArrayList<>(list.subList(half, list.size())));
      out.add(new ArrayList<>(list.subList(0, half)));
    }
    for (int i = 0; i < list.size(); i++) {
      List<E> without = new ArrayList<>(list);
      without.remove(i);
      out.add(without);
    }
    return out;
  }
}
