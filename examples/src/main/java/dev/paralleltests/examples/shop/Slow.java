package dev.paralleltests.examples.shop;

/**
 * Stands in for the slow part of real tests (a database, a container, a browser): waits, so that
 * the example suite has the uneven durations real suites have, without using the CPU.
 */
public final class Slow {
  private Slow() {}

  public static void work(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
