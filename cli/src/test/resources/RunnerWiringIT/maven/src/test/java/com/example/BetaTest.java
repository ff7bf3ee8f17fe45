package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class BetaTest {

  @Test
  void slow() throws InterruptedException {
    Thread.sleep(200);
  }

  @Test
  void quick() {
    assertTrue(true);
  }

  @Nested
  class Inner {
    @Test
    void nested() {
      assertTrue(true);
    }
  }
}
