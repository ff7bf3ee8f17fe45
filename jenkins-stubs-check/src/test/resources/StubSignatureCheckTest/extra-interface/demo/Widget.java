package demo;

public final class Widget extends Base<Widget> implements Comparable<Widget>, Runnable, AutoCloseable {
  public Widget(String name) {
    super(name);
  }
}
