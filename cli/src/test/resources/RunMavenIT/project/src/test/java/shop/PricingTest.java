package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PricingTest {

  @Test
  void works() throws InterruptedException {
    Thread.sleep(300);
    assertEquals(4, 2 + 2);
  }

  @Test
  void worksToo() {
    assertEquals("Pricing", "Pricing");
  }
}
