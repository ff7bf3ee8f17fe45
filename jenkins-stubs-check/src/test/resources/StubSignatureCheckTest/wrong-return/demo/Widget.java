package demo;

import java.util.Collection;

public final class Widget extends Base<Widget> implements Comparable<Widget>, Runnable {
  public Widget(String name) {
    super(name);
  }

  public Collection<String> parts() {
    throw new UnsupportedOperationException();
  }
}
