package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Example suite: about 0.2 s. */
class CouponTest {

  @Test
  void shouldTakeTenPercentOff() {
    Slow.work(150);
    assertEquals(Money.ofCents(1800), Money.ofCents(2000).discounted(10));
  }

  @Test
  void shouldNotStackCoupons() {
    Slow.work(100);
    assertEquals(Money.ofCents(1620), Money.ofCents(2000).discounted(10).discounted(10));
  }
}
