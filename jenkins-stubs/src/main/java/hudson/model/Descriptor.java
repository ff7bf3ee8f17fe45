package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/**
 * Compile-only stub of jenkins-core's {@code hudson.model.Descriptor}. {@link #load()} and {@link
 * #save()} do nothing here, so that a configuration object can be constructed in offline tests.
 */
public abstract class Descriptor<T extends Describable<T>> implements Saveable {

  protected Descriptor(Class<? extends T> clazz) {}

  protected Descriptor() {}

  @NonNull
  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getId() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Class<T> getT() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getHelpFile() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getHelpFile(final String fieldName) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public final boolean isInstance(T instance) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getConfigPage() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getGlobalConfigPage() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public synchronized void save() {}

  public synchronized void load() {}

  /** Compile-only stub of {@code Descriptor.FormException}. */
  public static final class FormException extends Exception {
    private static final long serialVersionUID = 1L;

    public FormException(String message, String formField) {
      super(message);
    }

    public FormException(String message, Throwable cause, String formField) {
      super(message, cause);
    }

    public FormException(Throwable cause, String formField) {
      super(cause);
    }

    public String getFormField() {
      throw new UnsupportedOperationException("compile-only stub");
    }
  }
}
