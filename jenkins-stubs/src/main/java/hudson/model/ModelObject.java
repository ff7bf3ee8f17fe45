package hudson.model;

/** Compile-only stub of jenkins-core's {@code hudson.model.ModelObject}. */
public interface ModelObject {
  String getDisplayName();
}
