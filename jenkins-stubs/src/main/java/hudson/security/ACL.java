package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.core.Authentication;

/** Compile-only stub of jenkins-core's {@code hudson.security.ACL}. */
public abstract class ACL {

  public static final Authentication SYSTEM2 = null;

  public static ACLContext as2(@NonNull Authentication auth) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
