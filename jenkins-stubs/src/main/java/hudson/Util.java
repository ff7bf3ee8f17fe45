package hudson;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;

/** Compile-only stub of jenkins-core's {@code hudson.Util}. */
public class Util {

  public static @NonNull String fixNull(@CheckForNull String s) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @CheckForNull String fixEmpty(@CheckForNull String s) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @CheckForNull String fixEmptyAndTrim(@CheckForNull String s) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @NonNull String rawEncode(@NonNull String s) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @NonNull String getTimeSpanString(long duration) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
