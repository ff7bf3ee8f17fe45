package dev.paralleltests.examples.shop;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Disabled;
import org.junit.jupiter.api.Test;

/** Example suite: about 0.1 s. */
class EmailTemplateTest {

  @Test
  void shouldRenderTheOrderTotal() {
    Slow.work(100);
    assertEquals("Total: 7.50", "Total: " + Money.ofCents(750));
  }

  @Disabled("translations are not there yet")
  @Test
  void shouldRenderInTheCustomersLanguage() {}
}
