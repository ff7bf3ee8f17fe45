package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.Collection;
import org.springframework.security.access.AccessDeniedException;

/** Compile-only stub of jenkins-core's {@code hudson.model.ItemGroup}. */
public interface ItemGroup<T extends Item> extends PersistenceRoot {

  Collection<T> getItems();

  @CheckForNull
  T getItem(String name) throws AccessDeniedException;
}
