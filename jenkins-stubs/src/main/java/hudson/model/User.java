package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

/** Compile-only stub of jenkins-core's {@code hudson.model.User}. */
public class User extends AbstractModelObject
    implements AccessControlled, Saveable, Comparable<User> {

  private User() {}

  public static @Nullable User getById(String id, boolean create) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String getId() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @NonNull Authentication impersonate2() throws UsernameNotFoundException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public ACL getACL() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public synchronized void save() throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public int compareTo(@NonNull User that) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
