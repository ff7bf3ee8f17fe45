package dev.paralleltests.examples.shop;

/** An amount in cents; never negative. */
public record Money(long cents) {
  public Money {
    if (cents < 0) {
      throw new IllegalArgumentException("negative amount: " + cents);
    }
  }

  public static Money ofCents(long cents) {
    return new Money(cents);
  }

  public Money plus(Money other) {
    return new Money(cents + other.cents);
  }

  public Money times(int quantity) {
    return new Money(cents * quantity);
  }

  /** This amount less {@code percent} per cent, rounded half up to the cent. */
  public Money discounted(int percent) {
    return new Money(cents - (cents * percent + 50) / 100);
  }

  @Override
  public String toString() {
    return String.format("%d.%02d", cents / 100, cents % 100);
  }
}
