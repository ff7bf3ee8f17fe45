package hudson.model;

import java.io.File;

/** Compile-only stub of jenkins-core's {@code hudson.model.PersistenceRoot}. */
public interface PersistenceRoot extends Saveable {
  File getRootDir();
}
