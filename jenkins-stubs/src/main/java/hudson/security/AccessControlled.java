package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

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

  default boolean hasPermission2(@NonNull Authentication a, @NonNull Permission permission) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
