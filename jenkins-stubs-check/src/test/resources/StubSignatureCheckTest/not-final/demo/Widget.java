package demo;

public class Widget extends Base<Widget> implements Comparable<Widget>, Runnable {
  public Widget(String name) {
    super(name);
  }
}
