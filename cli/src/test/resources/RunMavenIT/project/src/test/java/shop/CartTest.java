package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CartTest {

  @Test
  void works() throws InterruptedException {
    Thread.sleep(600);
    assertEquals(4, 2 + 2);
  }

  @Test
  void worksToo() {
    assertEquals("Cart", "Cart");
  }
}
