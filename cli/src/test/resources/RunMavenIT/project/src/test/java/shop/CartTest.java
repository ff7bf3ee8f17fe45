package shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Nested;
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

  /**
   * Runs with its outer class. Its class file, CartTest$EmptyCartTest, also matches Surefire's
   * default includes: only the default exclusion of nested classes keeps it from running twice.
   */
  @Nested
  class EmptyCartTest {
    @Test
    void isEmpty() {
      assertEquals(0, "".length());
    }
  }
}
