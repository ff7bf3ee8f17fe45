package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Example suite: about 1.8 s. */
class ShippingRatesTest {

  @Test
  void shouldChargeFlatRateForSmallParcels() {
    Slow.work(700);
    assertEquals(Money.ofCents(495), Money.ofCents(495));
  }

  @Test
  void shouldShipFreeAboveFiftyEuros() {
    Slow.work(600);
    assertEquals(Money.ofCents(5000), Money.ofCents(2500).times(2));
  }

  @Test
  void shouldAddAnIslandSurcharge() {
    Slow.work(500);
    assertEquals(Money.ofCents(595), Money.ofCents(495).plus(Money.ofCents(100)));
  }
}
