package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Example suite: about 3.9 s. */
class InventoryTest {

  @Test
  void shouldCountItemsAcrossLines() {
    Slow.work(1400);
    assertEquals(5, new Cart().add("a", Money.ofCents(1), 2).add("b", Money.ofCents(1), 3).items());
  }

  @Test
  void shouldMergeTheSameSku() {
    Slow.work(1300);
    assertEquals(4, new Cart().add("a", Money.ofCents(1), 2).add("a", Money.ofCents(1), 2).items());
  }

  @Test
  void shouldReserveStockForAnOrder() {
    Slow.work(1200);
    assertEquals(Money.ofCents(4), new Cart().add("a", Money.ofCents(1), 4).total());
  }
}
