package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/**
 * Compile-only stub of jenkins-core's {@code hudson.model.Result}. The constants are distinct
 * objects so that identity comparisons work in offline tests; every method throws.
 */
public final class Result implements Serializable {
  private static final long serialVersionUID = 1L;

  public static final @NonNull Result SUCCESS = new Result();
  public static final @NonNull Result UNSTABLE = new Result();
  public static final @NonNull Result FAILURE = new Result();
  public static final @NonNull Result NOT_BUILT = new Result();
  public static final @NonNull Result ABORTED = new Result();

  private Result() {}

  public @NonNull Result combine(@NonNull Result that) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @NonNull Result combine(@NonNull Result r1, @NonNull Result r2) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isWorseThan(@NonNull Result that) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isWorseOrEqualTo(@NonNull Result that) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isBetterThan(@NonNull Result that) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isBetterOrEqualTo(@NonNull Result that) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean isCompleteBuild() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @NonNull Result fromString(@NonNull String s) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
