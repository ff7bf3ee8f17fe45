package hudson.security;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Compile-only stub of jenkins-core's {@code hudson.security.Permission}. */
public final class Permission {

  private Permission() {}

  @NonNull
  public String getId() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static final Permission HUDSON_ADMINISTER = new Permission();
  public static final Permission READ = new Permission();
  public static final Permission CONFIGURE = new Permission();
}
