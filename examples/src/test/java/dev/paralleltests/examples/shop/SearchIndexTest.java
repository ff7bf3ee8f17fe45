package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Example suite: about 2.9 s. */
class SearchIndexTest {

  @Test
  void shouldFindAProductByName() {
    Slow.work(1100);
    assertEquals("0.99", Money.ofCents(99).toString());
  }

  @Test
  void shouldRankExactMatchesFirst() {
    Slow.work(1000);
    assertEquals(Money.ofCents(198), Money.ofCents(99).plus(Money.ofCents(99)));
  }

  @Test
  void shouldIgnoreCase() {
    Slow.work(800);
    assertEquals("1.00", Money.ofCents(100).toString());
  }
}
