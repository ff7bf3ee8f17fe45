package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.access.AccessDeniedException;

/** Compile-only stub of jenkins-core's {@code hudson.security.AccessControlled}. */
public interface AccessControlled {

  @NonNull
  ACL getACL();

  default void checkPermission(@NonNull Permission permission) throws AccessDeniedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  default boolean hasPermission(@NonNull Permission permission) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
