package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Example suite: about 0.9 s. */
class PricingTest {

  @Test
  void shouldRoundDiscountsHalfUp() {
    Slow.work(500);
    assertEquals(Money.ofCents(90), Money.ofCents(100).discounted(10));
  }

  @Test
  void shouldNotDiscountByZero() {
    Slow.work(400);
    assertEquals(Money.ofCents(999), Money.ofCents(999).discounted(0));
  }
}
