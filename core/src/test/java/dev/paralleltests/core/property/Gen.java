package dev.paralleltests.core.property;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * The random source of one try of a {@link Property}: seeded, so the same seed always gives the
 * same input. Bounds are inclusive. Numbers hit their bounds now and then (as edge cases), and
 * collection sizes grow with the try's {@link #size()}: the first tries are small, so a failure
 * shows up on a small input first.
 */
public final class Gen {

  private final SplittableRandom random;
  private final double size;

  Gen(long seed, double size) {
    this.random = new SplittableRandom(seed);
    this.size = size;
  }

  /** How large this try's collections may be, from near 0 (first tries) to 1 (full range). */
  public double size() {
    return size;
  }

  /** An int in [min, max]; one time in ten, min or max. */
  public int intBetween(int min, int max) {
    return (int) longBetween(min, max);
  }

  /** A long in [min, max]; one time in ten, min or max (and one in twenty, a small value). */
  public long longBetween(long min, long max) {
    if (min > max) {
      throw new IllegalArgumentException("min " + min + " > max " + max);
    }
    int edge = random.nextInt(20);
    if (edge == 0) {
      return min;
    }
    if (edge == 1) {
      return max;
    }
    if (edge == 2) {
      return min + random.nextLong(Math.min(max - min, 16) + 1);
    }
    return max == Long.MAX_VALUE && min == Long.MIN_VALUE
        ? random.nextLong()
        : min + random.nextLong(max - min + 1);
  }

  /** Any long (for a seed). */
  public long anyLong() {
    return random.nextLong();
  }

  /** Any double in [0, 1). */
  public double unitDouble() {
    return random.nextDouble();
  }

  /** A normally distributed double (mean 0, deviation 1). */
  public double gaussian() {
    // Box-Muller: SplittableRandom has no nextGaussian before Java 17's RandomGenerator default.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  /** One of the given values, each as likely. */
  @SafeVarargs
  public final <E> E oneOf(E... values) {
    return values[random.nextInt(values.length)];
  }

  /** One of an enum's constants, each as likely. */
  public <E extends Enum<E>> E oneOf(Class<E> type) {
    return oneOf(type.getEnumConstants());
  }

  /** A collection size in [min, max], its upper end scaled by this try's {@link #size()}. */
  public int sizeBetween(int min, int max) {
    int top = min + (int) Math.ceil((max - min) * size);
    return random.nextInt(10) == 0 ? top : min + random.nextInt(top - min + 1);
  }

  /** A string of the given characters (code points), its length in [minLength, maxLength]. */
  public String string(String chars, int minLength, int maxLength) {
    int[] points = chars.codePoints().toArray();
    int length = sizeBetween(minLength, maxLength);
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < length; i++) {
      s.appendCodePoint(points[random.nextInt(points.length)]);
    }
    return s.toString();
  }

  /** A string of characters from first to last, its length in [minLength, maxLength]. */
  public String string(char first, char last, int minLength, int maxLength) {
    StringBuilder chars = new StringBuilder();
    for (char c = first; c <= last; c++) {
      chars.append(c);
    }
    return string(chars.toString(), minLength, maxLength);
  }

  /** A list of exactly n elements. */
  public <E> List<E> listOf(int n, Function<Gen, E> element) {
    List<E> list = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      list.add(element.apply(this));
    }
    return list;
  }

  /** A list whose size is in [min, max]. */
  public <E> List<E> list(int min, int max, Function<Gen, E> element) {
    return listOf(sizeBetween(min, max), element);
  }

  /**
   * A list whose size is in [min, max] and whose elements have distinct keys. Duplicates are drawn
   * again; if the key space runs dry the list may stay shorter, but never below min.
   */
  public <E, K> List<E> uniqueList(int min, int max, Function<Gen, E> element, Function<E, K> key) {
    int n = sizeBetween(min, max);
    List<E> list = new ArrayList<>(n);
    Set<K> keys = new HashSet<>();
    for (int attempts = 0; list.size() < n && (attempts < 20 * n || list.size() < min); ) {
      E e = element.apply(this);
      if (keys.add(key.apply(e))) {
        list.add(e);
      } else {
        attempts++;
      }
    }
    return list;
  }

  /** A map of at most max entries (duplicate keys drawn are dropped, as a map would). */
  public <K, V> Map<K, V> map(int max, Function<Gen, K> key, Function<Gen, V> value) {
    int n = sizeBetween(0, max);
    Map<K, V> map = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      map.put(key.apply(this), value.apply(this));
    }
    return map;
  }
}
