package hudson.model;

/** Compile-only stub of jenkins-core's {@code hudson.model.Describable}. */
public interface Describable<T extends Describable<T>> {
  default Descriptor<T> getDescriptor() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
