package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class CouponTest {

  @Test
  void works() throws InterruptedException {
    Thread.sleep(200);
    assertEquals(4, 2 + 2);
  }

  @Test
  void worksToo() {
    assertEquals("Coupon", "Coupon");
  }
}
