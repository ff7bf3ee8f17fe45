package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.IOException;

/** Compile-only stub of jenkins-core's {@code hudson.model.Item}. */
public interface Item extends PersistenceRoot, AccessControlled {

  ItemGroup<? extends Item> getParent();

  String getName();

  String getFullName();

  String getDisplayName();

  String getUrl();

  @Override
  void save() throws IOException;

  Permission CREATE = null;
  Permission DELETE = null;
  Permission CONFIGURE = null;
  Permission READ = null;
  Permission BUILD = null;
}
