package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CheckoutTest {

  @Test
  void works() throws InterruptedException {
    Thread.sleep(900);
    assertEquals(4, 2 + 2);
  }

  @Test
  void worksToo() {
    assertEquals("Checkout", "Checkout");
  }
}
