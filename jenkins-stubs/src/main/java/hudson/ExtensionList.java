package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;
import jenkins.model.Jenkins;

/** Compile-only stub of jenkins-core's {@code hudson.ExtensionList}. */
public class ExtensionList<T> extends AbstractList<T> {

  protected ExtensionList(Jenkins jenkins, Class<T> extensionType) {}

  public @CheckForNull <U extends T> U get(@NonNull Class<U> type) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public T get(int index) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public int size() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @NonNull <T> ExtensionList<T> lookup(Class<T> type) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @NonNull <U> U lookupSingleton(Class<U> type) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @CheckForNull <U> U lookupFirst(Class<U> type) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
