package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Example suite: about 1.3 s. */
class CartTest {

  @Test
  void shouldStartEmpty() {
    Slow.work(400);
    assertEquals(Money.ofCents(0), new Cart().total());
  }

  @Test
  void shouldSumLines() {
    Slow.work(500);
    assertEquals(
        Money.ofCents(350),
        new Cart().add("a", Money.ofCents(100), 2).add("b", Money.ofCents(150), 1).total());
  }

  @Test
  void shouldRefuseNegativeQuantities() {
    Slow.work(400);
    assertThrows(IllegalArgumentException.class, () -> new Cart().add("a", Money.ofCents(1), -2));
  }
}
