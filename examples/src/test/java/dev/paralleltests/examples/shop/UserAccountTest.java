package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Example suite: about 0.7 s. */
class UserAccountTest {

  @Test
  void shouldCreateAnAccount() {
    Slow.work(400);
    assertEquals("0.00", Money.ofCents(0).toString());
  }

  @Test
  void shouldRejectADuplicateEmail() {
    Slow.work(300);
    assertEquals(1, new Cart().add("a", Money.ofCents(1), 1).items());
  }
}
