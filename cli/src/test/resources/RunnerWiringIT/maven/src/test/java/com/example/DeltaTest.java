package com.example;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class DeltaTest {

  @Test
  void slow() throws InterruptedException {
    Thread.sleep(50);
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
