package demo;

import java.io.IOException;
import java.util.List;

public final class Widget extends Base<Widget> implements Comparable<Widget>, Runnable {
  public Widget(String name) {
    super(name);
  }

  @Override
  public String name() {
    return "w";
  }

  public List<String> parts() {
    return List.of();
  }

  public static Widget of(String s) throws IOException {
    return new Widget(s);
  }

  @Override
  public int compareTo(Widget w) {
    return 0;
  }

  @Override
  public void run() {}

  private void secret() {}
}
