package demo;

public final class Widget extends Base<Widget> implements Comparable<Widget>, Runnable {
  public Widget(String name) {
    super(name);
  }

  public Widget() {
    super("x");
  }

  public void invented(int n) {}
}
