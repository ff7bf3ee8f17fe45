package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.Authentication;

/** Compile-only stub of jenkins-core's {@code hudson.security.ACL}. */
public abstract class ACL {

  public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
