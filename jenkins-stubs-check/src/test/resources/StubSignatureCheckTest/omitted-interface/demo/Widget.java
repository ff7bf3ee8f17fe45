package demo;

public final class Widget extends Base<Widget> implements Comparable<Widget> {
  public Widget(String name) {
    super(name);
  }
}
