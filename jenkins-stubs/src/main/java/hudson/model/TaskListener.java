package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.PrintStream;
import java.io.PrintWriter;

/** Compile-only stub of jenkins-core's {@code hudson.model.TaskListener}. */
public interface TaskListener {

  @NonNull
  PrintStream getLogger();

  default PrintWriter error(String msg) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  default PrintWriter error(String format, Object... args) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  default PrintWriter fatalError(String msg) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  default PrintWriter fatalError(String format, Object... args) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
