package hudson;

import java.util.Map;
import java.util.TreeMap;

/** Compile-only stub of jenkins-core's {@code hudson.EnvVars}. */
public class EnvVars extends TreeMap<String, String> {
  private static final long serialVersionUID = 1L;

  public EnvVars() {}

  public EnvVars(Map<String, String> m) {}

  public EnvVars(EnvVars m) {}

  public EnvVars(String... keyValuePairs) {}

  public void override(String key, String value) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public EnvVars overrideAll(Map<String, String> all) {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public String expand(String s) {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
