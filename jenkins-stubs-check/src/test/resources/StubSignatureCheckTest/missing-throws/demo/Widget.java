package demo;

public final class Widget extends Base<Widget> implements Comparable<Widget>, Runnable {
  public Widget(String name) {
    super(name);
  }

  public static Widget of(String s) {
    throw new UnsupportedOperationException();
  }
}
