package jenkins.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.FilePath;
import hudson.Plugin;
import hudson.model.Descriptor;
import hudson.model.Item;
import hudson.model.ItemGroup;
import hudson.model.Label;
import hudson.model.Node;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.AuthorizationStrategy;
import hudson.security.Permission;
import hudson.security.SecurityRealm;
import java.io.File;
import java.io.IOException;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;

/** Compile-only stub of jenkins-core's {@code jenkins.model.Jenkins}. */
public class Jenkins implements ItemGroup<TopLevelItem>, AccessControlled {

  private Jenkins() {}

  public static final Permission ADMINISTER = null;
  public static final Permission READ = null;

  public static final Authentication ANONYMOUS2 = null;

  public static @NonNull Authentication getAuthentication2() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public FilePath getWorkspaceFor(TopLevelItem item) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @CheckForNull
  public Plugin getPlugin(String shortName) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void setSecurityRealm(@CheckForNull SecurityRealm securityRealm) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void setAuthorizationStrategy(@CheckForNull AuthorizationStrategy a) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public static Jenkins get() throws IllegalStateException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @CheckForNull
  public static Jenkins getInstanceOrNull() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public List<TopLevelItem> getItems() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public TopLevelItem getItem(String name) throws AccessDeniedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull <T extends Item> T getItemByFullName(@NonNull String fullName, Class<T> type)
      throws AccessDeniedException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull Item getItemByFullName(String fullName) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @NonNull
  public <T extends TopLevelItem> T createProject(@NonNull Class<T> type, @NonNull String name)
      throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public @CheckForNull Node getNode(String name) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void removeNode(@NonNull Node n) throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public Label getLabel(String expr) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public int getNumExecutors() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public void setNumExecutors(int n) throws IOException, IllegalArgumentException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public @NonNull File getRootDir() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @CheckForNull
  public String getRootUrl() throws IllegalStateException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @SuppressWarnings("unchecked")
  @NonNull
  public <T> ExtensionList<T> getExtensionList(Class<T> extensionType) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public <T extends Descriptor> T getDescriptorByType(Class<T> type) {
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
