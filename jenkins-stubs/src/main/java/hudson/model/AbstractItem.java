package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import java.io.File;
import java.io.IOException;

/** Compile-only stub of jenkins-core's {@code hudson.model.AbstractItem}. */
public abstract class AbstractItem extends Actionable implements Item, AccessControlled {

  protected AbstractItem(ItemGroup parent, String name) {}

  @Override
  public String getName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public File getRootDir() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public ItemGroup getParent() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @CheckForNull
  public String getDescription() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public final String getFullName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public final String getFullDisplayName() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public final String getUrl() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  @Override
  public ACL getACL() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public synchronized void save() throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
