package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Example suite: about 0.4 s. */
class TaxRulesTest {

  @Test
  void shouldApplyTheReducedRateToBooks() {
    Slow.work(200);
    assertEquals(Money.ofCents(107), Money.ofCents(100).plus(Money.ofCents(7)));
  }

  @Test
  void shouldApplyTheStandardRate() {
    Slow.work(200);
    assertEquals(Money.ofCents(119), Money.ofCents(100).plus(Money.ofCents(19)));
  }
}
