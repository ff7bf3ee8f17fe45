package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Example suite: about 3.2 s. */
class PaymentGatewayTest {

  @Test
  void shouldAuthorizeAnAmount() {
    Slow.work(1200);
    assertEquals("12.34", Money.ofCents(1234).toString());
  }

  @Test
  void shouldRefuseANegativeAmount() {
    Slow.work(900);
    assertThrows(IllegalArgumentException.class, () -> Money.ofCents(-1));
  }

  @Test
  void shouldCaptureWhatWasAuthorized() {
    Slow.work(1100);
    assertEquals(Money.ofCents(2468), Money.ofCents(1234).times(2));
  }
}
