package dev.paralleltests.examples.shop;

import java.util.LinkedHashMap;
import java.util.Map;

/** Items and quantities, with a total. */
public final class Cart {
  private final Map<String, Integer> quantities = new LinkedHashMap<>();
  private final Map<String, Money> prices = new LinkedHashMap<>();

  public Cart add(String sku, Money price, int quantity) {
    if (quantity <= 0) {
      throw new IllegalArgumentException("quantity must be positive: " + quantity);
    }
    quantities.merge(sku, quantity, Integer::sum);
    prices.put(sku, price);
    return this;
  }

  public int items() {
    return quantities.values().stream().mapToInt(Integer::intValue).sum();
  }

  public Money total() {
    Money total = Money.ofCents(0);
    for (Map.Entry<String, Integer> e : quantities.entrySet()) {
      total = total.plus(prices.get(e.getKey()).times(e.getValue()));
    }
    return total;
  }
}
