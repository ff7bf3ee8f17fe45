package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GammaTest {

  @Test
  void slow() throws InterruptedException {
    Thread.sleep(100);
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
