package demo;

public abstract class Base<T> implements java.io.Serializable {
  protected Base(String name) {}

  public abstract String name();
}
