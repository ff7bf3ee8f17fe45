package demo;

public abstract class Base<T extends Base<T>> implements java.io.Serializable {
  protected Base(String name) {}
}
