package io.jenkins.plugins.casc.misc;

import io.jenkins.plugins.casc.ConfigurationContext;
import io.jenkins.plugins.casc.model.CNode;
import io.jenkins.plugins.casc.model.Mapping;
import java.io.IOException;

/** Compile-only stub of configuration-as-code's test helper {@code misc.Util}. */
public class Util {

  public static Mapping getUnclassifiedRoot(ConfigurationContext context) throws Exception {
    throw new UnsupportedOperationException("compile-only stub");
  }

  public static String toYamlString(CNode rootNode) throws IOException {
    throw new UnsupportedOperationException("compile-only stub");
  }
}
