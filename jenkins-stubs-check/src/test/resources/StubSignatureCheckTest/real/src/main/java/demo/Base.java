package demo;

import java.io.Serializable;

public abstract class Base<T extends Base<T>> implements Serializable {
  protected Base(String name) {}

  public abstract String name();

  public final int size() throws java.io.IOException {
    return 0;
  }
}
