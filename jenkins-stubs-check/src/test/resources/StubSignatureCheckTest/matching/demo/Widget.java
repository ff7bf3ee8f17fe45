package demo;

import java.util.List;

/** Declares a subset of the real members, with the same signatures. */
public final class Widget extends Base<Widget> implements Comparable<Widget>, Runnable {
  public Widget(String name) {
    super(name);
  }

  public java.util.List<java.lang.String> parts() {
    throw new UnsupportedOperationException();
  }

  @Override
  public String name() {
    throw new UnsupportedOperationException();
  }

  public static Widget of(String s) throws java.io.IOException {
    throw new UnsupportedOperationException();
  }

  @Override
  public int compareTo(Widget w) {
    throw new UnsupportedOperationException();
  }

  @Override
  public void run() {}

  private void helperOnlyInTheStub() {}
}
