package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Example suite: about 2.4 s. */
class ReportExportTest {

  @Test
  void shouldExportOrdersAsCsv() {
    Slow.work(1300);
    assertEquals("100.00", Money.ofCents(10000).toString());
  }

  @Test
  void shouldExportAnEmptyDay() {
    Slow.work(1100);
    assertEquals(0, new Cart().items());
  }
}
