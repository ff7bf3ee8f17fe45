package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;

/** Compile-only stub of jenkins-core's {@code hudson.model.Label}. */
public abstract class Label extends Actionable implements Comparable<Label> {

  protected Label(@NonNull String name) {}

  @NonNull
  public final String getName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public abstract String getExpression();

  @Override
  public final int compareTo(Label that) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Nullable
  public static Label get(String l) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
