package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Example suite: about 6.0 s. */
class CheckoutTest {

  @Test
  void shouldChargeTheCartTotal() {
    Slow.work(1800);
    assertEquals("7.50", new Cart().add("tea", Money.ofCents(250), 3).total().toString());
  }

  @Test
  void shouldRefuseAnEmptyQuantity() {
    Slow.work(1500);
    assertThrows(
        IllegalArgumentException.class, () -> new Cart().add("tea", Money.ofCents(250), 0));
  }

  @Test
  void shouldApplyACouponBeforePayment() {
    Slow.work(1700);
    assertEquals(
        Money.ofCents(675), new Cart().add("tea", Money.ofCents(250), 3).total().discounted(10));
  }

  @Test
  void shouldKeepTheCartAfterAFailedPayment() {
    Slow.work(1000);
    assertEquals(3, new Cart().add("tea", Money.ofCents(250), 3).items());
  }
}
