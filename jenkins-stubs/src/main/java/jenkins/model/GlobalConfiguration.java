package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionList;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import hudson.model.Descriptor;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.StaplerRequest2;

/** Compile-only stub of jenkins-core's {@code jenkins.model.GlobalConfiguration}. */
public abstract class GlobalConfiguration extends Descriptor<GlobalConfiguration>
    implements ExtensionPoint, Describable<GlobalConfiguration> {

  protected GlobalConfiguration() {}

  @Override
  public final Descriptor<GlobalConfiguration> getDescriptor() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  @Override
  public String getGlobalConfigPage() {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public boolean configure(StaplerRequest2 req, JSONObject json) throws FormException {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static @NonNull ExtensionList<GlobalConfiguration> all() {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
